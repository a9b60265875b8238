"""`export --format sqlite --output PATH [--metadata PATH]`: the database's tables,
keys and full-text search as sqlite3 reads them, its metadata, its errors, and
real Datasette serving it on 127.0.0.1."""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

TABLES = {"records", "sources", "entities", "aliases", "record_entities"}


@pytest.fixture
def exported(invoke, tmp_path: Path) -> tuple[Path, Path]:
    db, meta = tmp_path / "facts.db", tmp_path / "metadata.json"
    result = invoke("export", "--format", "sqlite", "--output", str(db), "--metadata", str(meta))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr.startswith("wrote 292 records, 5 sources, ")
    return db, meta


def _rows(db: Path, sql: str, *args: object) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, args).fetchall()


def test_every_record_source_and_entity_with_its_fields(invoke, exported):
    db, _ = exported
    records = json.loads(invoke("export").stdout)
    assert {name for (name,) in _rows(db, "select name from sqlite_master where type = 'table'")} >= TABLES
    assert [r for (r,) in _rows(db, "select id from records order by rowid")] == [r["id"] for r in records]
    row = dict(
        zip(
            ("kind", "date", "source", "paragraph", "evidence"),
            _rows(
                db, "select kind, date, source, paragraph, evidence from records where id = 'khujand-border-agreement'"
            )[0],
        )
    )
    khujand = next(r for r in records if r["id"] == "khujand-border-agreement")
    assert row == {
        "kind": "event",
        "date": "2025-03-31",
        "source": khujand["source"]["id"],
        "paragraph": khujand["locator"]["paragraph"],
        "evidence": khujand["evidence"],
    }
    sources = json.loads(invoke("sources", "-f", "json").stdout)
    assert sorted(i for (i,) in _rows(db, "select id from sources")) == sorted(s["id"] for s in sources)
    entities = json.loads(invoke("entities", "-f", "json").stdout)
    assert _rows(db, "select count(*) from entities") == [(len(entities),)]
    tasmagambetov = next(e for e in entities if e["name"] == "Imangali Tasmagambetov")
    assert sorted(
        a for (a,) in _rows(db, "select alias from aliases where entity = ?", tasmagambetov["name"])
    ) == sorted(tasmagambetov["aliases"])
    linked = _rows(db, "select entity from record_entities where record = 'khujand-border-agreement' order by rowid")
    assert [e for (e,) in linked] == khujand["entities"]


def test_dates_keep_their_precision(exported):
    db, _ = exported
    rows = {
        r[0]: r[1:]
        for r in _rows(db, "select id, date, date_end, date_precision, first_day, last_day, date_implied from records")
    }
    assert rows["barrier-2023-special-exercise"] == ("2023", None, "year", "2023-01-01", "2023-12-31", 0)
    assert rows["brothers-in-arms-2022-exercise"] == ("2022-09", "2022-10", "month", "2022-09-01", "2022-10-31", 0)
    assert rows["un-general-assembly-resolution-csto-cooperation"][2:] == ("day", "2024-11-18", "2024-11-18", 1)


def test_foreign_keys_are_declared_and_hold(exported):
    db, _ = exported
    keys = {
        (table, *key) for table in TABLES for key in (r[2:5] for r in _rows(db, f"pragma foreign_key_list({table})"))
    }
    assert keys == {
        ("records", "sources", "source", "id"),
        ("aliases", "entities", "entity", "name"),
        ("record_entities", "records", "record", "id"),
        ("record_entities", "entities", "entity", "name"),
    }
    assert _rows(db, "pragma foreign_key_check") == []


def test_full_text_search_over_text_evidence_speaker_and_place(exported):
    db, _ = exported
    assert "USING FTS5" in _rows(db, "select sql from sqlite_master where name = 'records_fts'")[0][0].upper()
    assert [r[1] for r in _rows(db, "pragma table_info(records_fts)")] == ["text", "evidence", "speaker", "place"]

    def search(query: str) -> set[str]:
        return {
            i
            for (i,) in _rows(
                db,
                "select records.id from records_fts join records on records.rowid ="
                " records_fts.rowid where records_fts match ?",
                query,
            )
        }

    assert "khujand-border-agreement" in search("khujand")
    by_speaker = {i for (i,) in _rows(db, "select id from records where speaker like '%Babaev%'")}
    assert by_speaker and search("speaker:Babaev") == by_speaker
    assert search("agreements") >= search("agreement")  # English stems: the porter tokenizer


def test_metadata_for_datasette(exported):
    db, meta = exported
    data = json.loads(meta.read_text("utf-8"))
    assert data["title"] and data["description"] and data["license"] == "MIT" and data["license_url"]
    assert "5 articles" in data["source"]
    tables = data["databases"]["facts"]["tables"]  # Datasette names the database after the file
    assert set(tables) == TABLES
    for table in TABLES:
        columns = [r[1] for r in _rows(db, f"pragma table_info({table})")]
        assert sorted(tables[table]["columns"]) == sorted(columns), f"every column of {table} is described"
        assert tables[table]["description"]
    for (source_id,) in _rows(db, "select id from sources"):
        assert source_id in tables["sources"]["description"]
    assert tables["records"]["fts_table"] == "records_fts"


def test_filters_and_origin_apply(invoke, tmp_path: Path):
    db = tmp_path / "quotes.db"
    assert invoke("export", "--kind", "quote", "--from", "2024", "-f", "sqlite", "-o", str(db)).exit_code == 0
    expected = [r["id"] for r in json.loads(invoke("export", "--kind", "quote", "--from", "2024").stdout)]
    assert [i for (i,) in _rows(db, "select id from records")] == expected
    assert _rows(db, "select count(*) from sources") == [(5,)]  # the reference tables stay whole


def test_your_own_records_go_in_and_a_second_export_replaces_the_first(invoke, tmp_path: Path):
    db = tmp_path / "facts.db"
    assert invoke("export", "-f", "sqlite", "-o", str(db)).exit_code == 0
    new_id = invoke(
        "add",
        "--kind",
        "fact",
        "--text",
        "The summit opened in Minsk.",
        "--date",
        "2024-11",
        "--source-title",
        "My notes",
    ).stdout.strip()
    assert invoke("export", "-f", "sqlite", "-o", str(db)).exit_code == 0
    assert _rows(db, "select origin, date_precision from records where id = ?", new_id) == [("user", "month")]
    assert _rows(db, "select count(*) from records") == [(293,)]
    assert _rows(db, "pragma foreign_key_check") == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-f", "sqlite"], "--format sqlite needs --output PATH"),
        (["-f", "json", "-o", "{tmp}/x.db"], "--output goes with --format sqlite"),
        (["--metadata", "{tmp}/m.json"], "--metadata goes with --format sqlite"),
        (["-f", "sqlite", "-o", "{tmp}"], "is a directory"),
        (["-f", "sqlite", "-o", "{tmp}/missing/x.db"], "no directory"),
        (["-f", "sqlite", "-o", "{tmp}/notes.txt"], "exists and is not an SQLite database"),
        (["-f", "sqlite", "-o", "{tmp}/x.db", "--metadata", "{tmp}/x.db"], "the same file"),
    ],
)
def test_bad_options_are_one_line_and_exit_2_and_touch_nothing(invoke, tmp_path: Path, args, message):
    notes = tmp_path / "notes.txt"
    notes.write_text("precious", "utf-8")
    result = invoke("export", *[a.format(tmp=tmp_path) for a in args])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ") and message in result.stderr and result.stderr.count("\n") == 1
    assert [p.name for p in tmp_path.iterdir() if p.name not in ("home", "notes.txt")] == []
    assert notes.read_text("utf-8") == "precious"


@pytest.mark.parametrize("args", [["timeline", "-f", "svg"], ["export", "-f", "json"], ["--help"]])
def test_only_an_sqlite_export_imports_sqlite_utils(args):
    code = (
        f"import sys; from cstofacts.cli import run; sys.argv = ['cstofacts', *{args!r}]; "
        "run(); print([m for m in ('sqlite_utils', 'sqlite3') if m in sys.modules], file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stderr.strip().splitlines()[-1] == "[]"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:  # loopback only
        return response.read()


def test_datasette_serves_the_export_and_finds_khujand(exported, tmp_path: Path):
    db, meta = exported
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    log = tmp_path / "datasette.log"
    with log.open("wb") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "datasette", "serve", str(db), "-m", str(meta), "-h", "127.0.0.1", "-p", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                _get(f"{base}/-/versions.json")
                break
            except OSError:
                assert server.poll() is None, log.read_text("utf-8", "replace")
                assert time.monotonic() < deadline, "datasette did not start within 30 s"
                time.sleep(0.2)
        found = json.loads(_get(f"{base}/facts/records.json?_search=khujand&_shape=array"))
        assert "khujand-border-agreement" in [row["id"] for row in found]
        assert all("khujand" in (row["text"] + (row["evidence"] or "") + (row["place"] or "")).lower() for row in found)
        page = _get(f"{base}/facts/records").decode()
        assert "The first day the date can mean" in page  # a column's description, from the metadata
        assert json.loads(_get(f"{base}/-/metadata.json"))["license"] == "MIT"
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert server.returncode is not None
