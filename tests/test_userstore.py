"""The user's own store: add, import, remove; safe writes; a corrupt or locked store."""

from __future__ import annotations

import hashlib
import json
import os
import pty
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from cstofacts.cli import cli
from cstofacts.errors import StoreError
from cstofacts.userdata import userstore

from .conftest import ROOT, STORE

# Words the article reports (not a quote): evidence for a fact of one's own.
QUOTE = "The CSTO’s members are not signaling an intent to fortify their military posture"
QUOTE_SOURCE = "belta-tasmagambetov-positions"
OWN_SOURCE = ("--source-title", "Interview notes", "--source-date", "2025-06-01")


def run(*args: str, input: str | bytes | None = None):
    """The CLI as a user meets it, exceptions and all (a traceback fails the test below)."""
    result = CliRunner().invoke(cli, list(args), input=input)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    return result


def add(*args: str, source: tuple[str, ...] = ("--source-title", "My notes")):
    return run("add", *args, *source)


def user_file(home: Path) -> Path:
    return home / "user.json"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def subprocess_env(home: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ, CSTOFACTS_HOME=str(home), **extra)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    return env


# -- add --------------------------------------------------------------------


def test_add_prints_the_new_id_and_every_reading_command_sees_the_record(user_home):
    result = add(
        "--kind",
        "fact",
        "--text",
        "The CSTO held a summit in Minsk.",
        "--date",
        "2024-11-28",
        "--place",
        "Minsk",
        "--entity",
        "CSTO",
        "--topic",
        "summits",
    )
    assert result.exit_code == 0, result.output
    new_id = result.stdout.strip()
    assert new_id.startswith("the-csto-held-a-summit-in-")
    record = json.loads(run("show", new_id, "-f", "json").stdout)[0]
    assert record["origin"] == "user"
    assert record["source"]["title"] == "My notes"
    assert record["entities"] == ["CSTO"]
    assert new_id in run("search", "summit in Minsk", "-f", "jsonl").stdout
    assert new_id in run("timeline", "--from", "2024-11", "--to", "2024-11", "-f", "csv").stdout
    assert "My notes" in run("sources").stdout
    assert user_file(user_home).is_file()


def test_records_added_pass_validate_with_their_new_sources_and_entities(user_home):
    assert (
        add(
            "--kind", "quote", "--text", "Soft alliance works.", "--speaker", "tasmagambetov", source=OWN_SOURCE
        ).exit_code
        == 0
    )
    assert (
        add(
            "--kind",
            "fact",
            "--text",
            "Members do not fortify.",
            "--speaker",
            "A New Analyst",
            "--role",
            "analyst",
            "--evidence",
            QUOTE,
            source=("--source", QUOTE_SOURCE),
        ).exit_code
        == 0
    )
    assert (
        add(
            "--kind",
            "event",
            "--text",
            "Exercise held.",
            "--date",
            "2025-09",
            "--date-end",
            "2025-10",
            "--entity",
            "Interaction-2099",
            "--entity-type",
            "exercise",
            "--entity",
            "csto",
            source=(
                "--source-title",
                "Notes",
                "--source-author",
                "Me",
                "--source-url",
                "https://example.org/a",
                "--source-date",
                "2025-10-01",
            ),
        ).exit_code
        == 0
    )
    result = run("validate", "--format", "json")
    assert result.exit_code == 0, result.stdout
    assert json.loads(result.stdout)["valid"] is True
    mine = [r for r in json.loads(run("export").stdout) if r["origin"] == "user"]
    assert {r["kind"] for r in mine} == {"quote", "fact", "event"}
    quote = next(r for r in mine if r["kind"] == "quote")
    assert quote["speaker"] == "Imangali Tasmagambetov"  # an alias, made canonical
    fact = next(r for r in mine if r["kind"] == "fact")
    assert fact["locator"]["highlight_end"] - fact["locator"]["highlight_start"] == len(QUOTE)
    event = next(r for r in mine if r["kind"] == "event")
    assert event["entities"] == ["Interaction-2099", "CSTO"]
    entities = json.loads(run("entities", "--format", "json").stdout)
    added = {e["name"]: e for e in entities if e["name"] in ("Interaction-2099", "A New Analyst")}
    assert added["Interaction-2099"]["type"] == "exercise"
    assert added["A New Analyst"]["type"] == "person" and added["A New Analyst"]["role"] == "analyst"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--kind", "quote", "--text", "Words."], "--speaker: a quote must name its speaker"),
        (["--kind", "event", "--text", "Happened."], "--date: an event needs a date"),
        (["--kind", "fact", "--text", "x", "--date", "2025-02-30"], "--date: '2025-02-30' is not a real date"),
        (["--kind", "fact", "--text", "x", "--date", "2025", "--date-end", "2024"], "--date-end: 2024 is before 2025"),
        (["--kind", "fact", "--text", "x", "--date-end", "2024"], "--date-end: needs a date"),
        (["--kind", "fact", "--text", "   "], "--text: required"),
        (["--kind", "fact", "--text", "red \x1b[31m text"], "--text: holds control characters"),
        (["--kind", "fact", "--text", "x", "--place", "two\nlines"], "--place: holds control characters"),
        (["--kind", "fact", "--text", "x" * 10_001], "--text: 10,001 characters long"),
        (["--kind", "fact", "--text", "x", "--entity-type", "planet"], "--entity-type: 'planet' is not one of"),
        (["--kind", "fact", "--text", "x", "--role", "chair"], "--role: a role needs a speaker"),
    ],
)
def test_add_rejects_bad_values_naming_the_option(user_home, args, message):
    result = add(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not user_file(user_home).exists()


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ((), "--source: required"),
        (("--source", "no-such-source"), "--source: no source with id 'no-such-source'"),
        (("--source", QUOTE_SOURCE), "--evidence: source 'belta-tasmagambetov-positions' ships its text"),
        (("--source", QUOTE_SOURCE, "--source-title", "T"), "give either an existing source id"),
        (("--source-author", "Me"), "--source-title: a new source needs a title"),
        (("--source-title", "T", "--source-url", "javascript:alert(1)"), "--source-url: 'javascript:alert(1)' is not"),
        (("--source-title", "T", "--source-date", "yesterday"), "--source-date: 'yesterday' is not"),
    ],
)
def test_add_needs_a_usable_source(user_home, source, message):
    result = add("--kind", "fact", "--text", "Something.", source=source)
    assert result.exit_code == 2, result.output
    assert message in result.stderr


def test_evidence_must_stand_in_a_bundled_source():
    missing = add(
        "--kind",
        "fact",
        "--text",
        "x",
        "--evidence",
        "words the article never printed",
        source=("--source", QUOTE_SOURCE),
    )
    assert missing.exit_code == 2
    assert f"--evidence: these words are not in {QUOTE_SOURCE} (words are compared" in missing.stderr
    assert "--context)" in missing.stderr


def test_a_source_of_the_users_own_is_created_once_and_reused():
    first = add("--kind", "fact", "--text", "One.", source=("--source-title", "Notes", "--source-outlet", "BelTA"))
    second = add("--kind", "fact", "--text", "Two.", source=("--source-title", "Notes", "--source-outlet", "BelTA"))
    assert first.exit_code == second.exit_code == 0
    mine = [s for s in json.loads(run("sources", "-f", "json").stdout) if s["origin"] == "user"]
    assert len(mine) == 1
    (source_id,) = [s["id"] for s in mine]
    third = add("--kind", "fact", "--text", "Three.", source=("--source", source_id))
    assert third.exit_code == 0
    assert len(json.loads(run("export", "--source", source_id).stdout)) == 3


def test_ids_never_collide_with_bundled_or_existing_ones(monkeypatch, bundled):
    bundled_ids = {doc["id"] for doc in bundled["records"].values()}
    suffixes = iter(["aaaaaa", "aaaaaa", "aaaaaa", "bbbbbb"])
    monkeypatch.setattr(userstore.secrets, "token_hex", lambda n: next(suffixes))
    make = userstore.id_maker({"khujand-border-agreement-aaaaaa"} | bundled_ids)
    assert make("Khujand border agreement") == "khujand-border-agreement-bbbbbb"
    monkeypatch.undo()
    ids = [add("--kind", "fact", "--text", "Same words.", "--date", str(2000 + i)).stdout.strip() for i in range(20)]
    assert len(set(ids)) == 20 and not set(ids) & bundled_ids
    assert all(i.startswith("same-words-") for i in ids)


@pytest.mark.parametrize(
    ("text", "stem"),
    [
        ("Khujand: a border deal!", "khujand-a-border-deal"),
        ("Ташкент", "tashkent"),
        ("«ОДКБ»: объём учений", "odkb-obem-ucheniy"),
        ("?!", "record"),
        ("Émile Zola wrote it, said the journalist yesterday", "emile-zola-wrote-it-said-the"),
    ],
)
def test_slugs_are_readable_ascii(text, stem):
    assert userstore.slug(text) == stem


# -- import -------------------------------------------------------------------


ROWS = [
    {"kind": "fact", "text": "Imported fact.", "entities": ["CSTO", "NATO"], "topics": ["a"], "source_title": "Feed"},
    {"kind": "event", "text": "Imported event.", "date": "2024-05", "source": {"title": "Feed"}},
    {
        "kind": "quote",
        "text": "Words of my own interview.",
        "speaker": "Imangali Tasmagambetov",
        "source_title": "Interview",
    },
    {"kind": "fact", "text": "Members do not fortify.", "evidence": QUOTE, "source": QUOTE_SOURCE},
]


def write_rows(path: Path, fmt: str, rows: list[dict]) -> Path:
    if fmt == "json":
        path.write_text(json.dumps(rows), "utf-8")
    elif fmt == "jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    else:
        import csv

        columns = sorted({k for r in rows for k in r})
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, columns)
            writer.writeheader()
            for row in rows:
                writer.writerow({k: "; ".join(v) if isinstance(v, list) else v for k, v in row.items()})
    return path


def csv_rows() -> list[dict]:
    rows = [dict(r) for r in ROWS]
    rows[1]["source_title"] = rows[1].pop("source")["title"]
    return rows


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_import_reads_json_jsonl_and_csv(tmp_path, fmt):
    path = write_rows(tmp_path / f"rows.{fmt}", fmt, csv_rows() if fmt == "csv" else ROWS)
    result = run("import", str(path))
    assert result.exit_code == 0, result.output
    ids = result.stdout.split()
    assert len(ids) == 4
    assert "imported 4 records, 2 new sources, 0 new entities" in result.stderr
    assert run("validate").exit_code == 0
    records = {r["id"]: r for r in json.loads(run("show", *ids, "-f", "json").stdout)}
    assert [records[i]["kind"] for i in ids] == ["fact", "event", "quote", "fact"]
    assert records[ids[0]]["entities"] == ["CSTO", "NATO"]


@pytest.mark.parametrize(
    ("fmt", "bad", "message"),
    [
        (
            "json",
            {"kind": "fact", "text": "x", "source_title": "T", "date": "2025-02-30"},
            "row 3, field 'date': '2025-02-30' is not a real date",
        ),
        (
            "jsonl",
            {"kind": "opinion", "text": "x", "source_title": "T"},
            "row 3 (line 3), field 'kind': 'opinion' is not one of",
        ),
        ("csv", {"kind": "quote", "text": "x", "source_title": "T"}, "row 3 (line 4), field 'speaker'"),
        ("json", {"kind": "fact", "text": "x", "source": "nope"}, "row 3, field 'source': no source with id 'nope'"),
        (
            "json",
            {"kind": "fact", "text": "x", "source_title": "T", "speeker": "y"},
            "row 3, field 'speeker': unknown field",
        ),
        ("json", {"kind": "fact", "text": ["x"], "source_title": "T"}, "row 3, field 'text': must be text"),
    ],
)
def test_one_bad_row_imports_nothing_and_names_the_row_and_field(tmp_path, user_home, fmt, bad, message):
    assert add("--kind", "fact", "--text", "Already there.").exit_code == 0
    before = digest(user_file(user_home))
    rows = [*csv_rows()[:2], bad, *csv_rows()[2:]] if fmt == "csv" else [*ROWS[:2], bad, *ROWS[2:]]
    path = write_rows(tmp_path / f"rows.{fmt}", fmt, rows)
    result = run("import", str(path))
    assert result.exit_code == 2
    assert message in result.stderr, result.stderr
    assert str(path) in result.stderr
    assert result.stdout == ""
    assert digest(user_file(user_home)) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "holds no records"),
        (b" \n\n", "holds no records"),
        (b"[]", "holds no records"),
        (b"[1, 2]", "row 1: expected an object of fields"),
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8 text"),
        (b"[" * 100_000, "not valid JSON"),
        (b'{"kind": "fact", "text": "x", "source_title": "T"}\n{oops}\n', "row 2 (line 2): not valid JSON"),
        (b"kind,text\nfact,x,extra\n", "row 1 (line 2): more cells than the header has columns"),
    ],
)
def test_unusable_import_files_are_one_line_exit_2(tmp_path, content, message):
    path = tmp_path / ("in.jsonl" if b"oops" in content else "in.csv" if b"kind,text" in content else "in.json")
    path.write_bytes(content)
    result = run("import", str(path))
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_import_of_a_missing_file_or_a_directory_is_exit_2(tmp_path):
    assert run("import", str(tmp_path / "missing.json")).exit_code == 2
    assert run("import", str(tmp_path)).exit_code == 2


def test_import_from_stdin_and_dry_run(user_home):
    data = "".join(json.dumps(r) + "\n" for r in ROWS)
    dry = run("import", "-", "--format", "jsonl", "--dry-run", input=data)
    assert dry.exit_code == 0 and dry.stdout == "" and "would import 4 records" in dry.stderr
    assert not user_file(user_home).exists()
    assert run("import", "-", "--format", "jsonl", input=data).exit_code == 0
    assert len(json.loads(user_file(user_home).read_text("utf-8"))["records"]) == 4


def test_an_export_can_be_edited_and_imported_again(tmp_path):
    exported = tmp_path / "facts.json"
    rows = json.loads(run("export", "--kind", "fact", "--source", QUOTE_SOURCE, "--limit", "5").stdout)
    for row in rows:
        row["text"] = "Edited: " + row["text"]
    exported.write_text(json.dumps(rows), "utf-8")
    result = run("import", str(exported))
    assert result.exit_code == 0, result.output
    assert len(result.stdout.split()) == 5  # new ids: the bundled ones are taken
    assert run("validate").exit_code == 0


def test_import_shows_a_progress_bar_on_a_terminal_and_nothing_on_a_pipe(tmp_path, user_home):
    rows = [{"kind": "fact", "text": f"Row {i}.", "source_title": "Bulk"} for i in range(300)]
    path = write_rows(tmp_path / "bulk.jsonl", "jsonl", rows)
    env = subprocess_env(user_home)
    piped = subprocess.run(
        [sys.executable, "-m", "cstofacts", "import", str(path)],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert piped.returncode == 0
    assert "Importing" not in piped.stderr and "%" not in piped.stderr
    assert piped.stderr.startswith("imported 300 records")
    leader, follower = pty.openpty()
    try:
        # Another home: in this one, the rows are in the store already and would be skipped.
        process = subprocess.Popen(
            [sys.executable, "-m", "cstofacts", "import", str(path)],
            stdout=subprocess.PIPE,
            stderr=follower,
            env=subprocess_env(user_home.parent / "terminal-home"),
        )
        os.close(follower)
        out, _ = process.communicate(timeout=60)
        terminal = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            terminal += chunk
    finally:
        os.close(leader)
    assert process.returncode == 0
    assert len(out.split()) == 300  # the ids stay clean on stdout
    assert b"Importing" in terminal and b"100%" in terminal


# -- remove -------------------------------------------------------------------


def test_remove_takes_away_only_the_users_own_records(user_home):
    one = add("--kind", "fact", "--text", "One.").stdout.strip()
    two = add("--kind", "fact", "--text", "Two.").stdout.strip()
    bundled = run("remove", "khujand-border-agreement")
    assert bundled.exit_code == 1
    assert "'khujand-border-agreement' is a bundled record" in bundled.stderr
    unknown = run("remove", one, "no-such-id")
    assert unknown.exit_code == 1 and "no-such-id" in unknown.stderr
    assert run("show", one).exit_code == 0  # all or nothing
    removed = run("remove", one)
    assert removed.exit_code == 0 and removed.stdout.strip() == one
    assert run("show", one).exit_code == 1
    assert run("show", two).exit_code == 0
    assert run("show", "khujand-border-agreement").exit_code == 0


def test_remove_with_no_user_store_is_not_found(user_home):
    assert run("remove", "anything").exit_code == 1
    assert run("remove").exit_code == 2


# -- the stores written --------------------------------------------------------


def test_db_makes_every_command_use_that_one_file(tmp_path, user_home):
    mine = tmp_path / "mine.json"
    new_id = run(
        "--db", str(mine), "add", "--kind", "fact", "--text", "Only here.", "--source-title", "T"
    ).stdout.strip()
    assert json.loads(run("--db", str(mine), "export").stdout)[0]["id"] == new_id
    assert run("--db", str(mine), "validate").exit_code == 0
    assert run("show", new_id).exit_code == 1
    assert not user_file(user_home).exists()
    assert run("--db", str(mine), "remove", new_id).exit_code == 0
    assert json.loads(run("--db", str(mine), "export").stdout) == []


def test_the_bundled_store_is_never_a_write_target():
    before = digest(STORE)
    result = run("--db", str(STORE), "add", "--kind", "fact", "--text", "x", "--source-title", "T")
    assert result.exit_code == 4 and "read-only" in result.stderr
    assert run("--db", str(STORE), "remove", "khujand-border-agreement").exit_code == 4
    assert digest(STORE) == before


CORRUPT = {
    "not json": b'{"records": {"1": {"id": "x", ',
    "not utf-8": b'{"records": {}}\xff',
    "a list": b"[1, 2, 3]",
    "a table that is not an object": b'{"records": [1]}',
    "a document that is not an object": b'{"records": {"1": 7}}',
    "a record without text": b'{"records": {"1": {"id": "x", "kind": "fact", "source": "s"}}}',
}


@pytest.mark.parametrize("damage", sorted(CORRUPT))
@pytest.mark.parametrize(
    "command",
    [
        ["add", "--kind", "fact", "--text", "x", "--source-title", "T"],
        ["import", "ROWS"],
        ["remove", "x"],
        ["search", "khujand"],
        ["validate"],
        ["export"],
    ],
)
def test_a_corrupt_user_store_is_exit_4_naming_the_file_and_is_left_as_it_was(tmp_path, user_home, damage, command):
    user_home.mkdir()
    path = user_file(user_home)
    path.write_bytes(CORRUPT[damage])
    rows = write_rows(tmp_path / "rows.json", "json", ROWS[:1])
    result = run(*[str(rows) if arg == "ROWS" else arg for arg in command])
    assert result.exit_code == 4, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0]
    assert path.read_bytes() == CORRUPT[damage]
    assert not list(user_home.glob("*.tmp"))


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_user_store_is_exit_4(user_home):
    user_home.mkdir()
    path = user_file(user_home)
    path.write_text("{}")
    path.chmod(0)
    try:
        result = run("add", "--kind", "fact", "--text", "x", "--source-title", "T")
        assert result.exit_code == 4 and str(path) in result.stderr
    finally:
        path.chmod(0o644)


def test_a_lock_held_past_the_timeout_is_exit_4_naming_the_file(user_home):
    from filelock import FileLock

    assert add("--kind", "fact", "--text", "Before.").exit_code == 0
    path = user_file(user_home)
    before = digest(path)
    holder = FileLock(str(path) + ".lock")
    with holder:
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-m", "cstofacts", "add", "--kind", "fact", "--text", "x", "--source-title", "T"],
            check=False,
            capture_output=True,
            text=True,
            env=subprocess_env(user_home, CSTOFACTS_LOCK_TIMEOUT="0.5"),
            timeout=60,
        )
        waited = time.monotonic() - started
    assert result.returncode == 4
    assert str(path) in result.stderr and "locked" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert waited >= 0.5
    assert digest(path) == before
    assert add("--kind", "fact", "--text", "After.").exit_code == 0


def _write_records(path, *docs, **changes):
    from cstofacts.userdata import storefile

    with storefile.editing(path) as current:
        spool = storefile.Spool(current.path)
        for doc in docs:
            spool.add(doc)
        current.write(spool, **changes)
        spool.close()


def test_writes_replace_the_file_whole_and_leave_no_temporary_behind(tmp_path):
    path = tmp_path / "store.json"
    path.write_text("{}")
    path.chmod(0o640)
    (tmp_path / ".store.json.abc123.tmp").write_text("left by a killed process")
    inode = path.stat().st_ino
    _write_records(path, {"id": "r", "kind": "fact", "text": "t", "source": "s"})
    assert json.loads(path.read_text())["records"]["1"]["id"] == "r"
    assert path.stat().st_ino != inode  # a new file, renamed over the old one
    assert path.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store.json", "store.json.lock"]


def test_a_failed_write_writes_nothing(tmp_path):
    from cstofacts.userdata import storefile

    path = tmp_path / "store.json"
    path.write_text('{"records": {}}')
    with pytest.raises(RuntimeError), storefile.editing(path):
        raise RuntimeError("stop")
    assert path.read_text() == '{"records": {}}'


def test_the_file_written_is_a_tinydb_store_and_a_corrupt_one_is_never_replaced(tmp_path):
    from tinydb import TinyDB

    path = tmp_path / "db.json"
    path.write_text('{"_default": {"1": {"a": 1}}}')
    _write_records(path, {"id": "r", "kind": "fact", "text": "t", "source": "s"}, sources=[{"id": "s", "title": "S"}])
    with TinyDB(path, access_mode="r") as db:
        assert db.table("records").all() == [{"id": "r", "kind": "fact", "text": "t", "source": "s"}]
        assert db.table("sources").get(doc_id=1) == {"id": "s", "title": "S"}
        assert db.table("_default").all() == [{"a": 1}]  # a table of no concern to us is kept
    path.write_text("{broken")
    with pytest.raises(StoreError, match="not valid JSON"):
        _write_records(path, {"id": "r2", "kind": "fact", "text": "t", "source": "s"})
    assert path.read_text() == "{broken"


def test_a_record_added_leaves_the_bytes_of_the_records_before_it_as_they_were(tmp_path):
    """The layout a write leaves takes the next record without encoding the others again."""
    path = tmp_path / "store.json"
    path.write_text(
        json.dumps(
            {
                "records": {"1": {"id": "a", "kind": "fact", "text": "é\u2028", "source": "s"}},
                "sources": {"1": {"id": "s", "title": "S"}},
            }
        )
    )
    _write_records(path, {"id": "b", "kind": "fact", "text": "b", "source": "s"})  # written anew, in our layout
    first = path.read_bytes()
    _write_records(path, {"id": "c", "kind": "fact", "text": "c", "source": "s"}, sources=[{"id": "t", "title": "T"}])
    second = path.read_bytes()
    records_so_far = first[: first.index(b"\n}")]
    assert second.startswith(records_so_far + b',\n"3": {"id": "c"')
    tables = json.loads(second)
    assert [d["id"] for d in tables["records"].values()] == ["a", "b", "c"]
    assert [d["id"] for d in tables["sources"].values()] == ["s", "t"]
    assert tables["records"]["1"]["text"] == "é\u2028"
    _write_records(path, removed=frozenset({"b"}))
    assert [d["id"] for d in json.loads(path.read_bytes())["records"].values()] == ["a", "c"]


def test_the_help_of_each_user_command_has_a_summary_and_examples():
    for name in ("add", "import", "remove"):
        result = run(name, "--help")
        assert result.exit_code == 0
        assert result.stdout.splitlines()[2].strip()  # the one-line summary under the usage line
        assert "\n  Examples:\n    cstofacts " in result.stdout


def test_the_user_commands_import_nothing_heavy_at_startup():
    code = "import sys, cstofacts.cli; print(sorted(m for m in ('tinydb', 'filelock', 'cstofacts.userdata.userstore') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.strip() == "[]"


def test_a_user_store_that_is_a_directory_is_exit_4(user_home):
    user_file(user_home).mkdir(parents=True)
    for command in (["add", "--kind", "fact", "--text", "x", "--source-title", "T"], ["search", "khujand"]):
        result = run(*command)
        assert result.exit_code == 4 and str(user_file(user_home)) in result.stderr


def test_db_in_a_missing_directory_or_with_an_unusable_name_is_exit_4(tmp_path):
    missing = tmp_path / "no" / "such" / "store.json"
    result = run("--db", str(missing), "add", "--kind", "fact", "--text", "x", "--source-title", "T")
    assert result.exit_code == 4 and "its directory does not exist" in result.stderr
    assert not (tmp_path / "no").exists()
    long_name = run("--db", str(tmp_path / ("x" * 5000)), "add", "--kind", "fact", "--text", "x", "--source-title", "T")
    assert long_name.exit_code == 4 and len(long_name.stderr) < 400


# -- found by a new-user trial ---------------------------------------------------


REPORTER = "The CSTO's members are not signaling an intent to fortify their military posture"  # straight '


def help_examples(command: str) -> list[list[str]]:
    """The example command lines of a command's --help (continued lines joined), without `cstofacts`."""
    import shlex

    text = run(command, "--help").stdout
    lines = text.split("Examples:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    examples: list[str] = []
    for line in (line.strip() for line in lines):
        if examples and examples[-1].endswith("\\"):
            examples[-1] = examples[-1][:-1] + " " + line
        else:
            examples.append(line)
    assert all(example.startswith("cstofacts ") for example in examples), examples
    return [shlex.split(example)[1:] for example in examples]


@pytest.mark.parametrize(
    ("speaker", "text"),
    [
        ("Tasmagambetov", QUOTE),  # the reporter's words, which the article reports, not quotes
        ("Tokayev", "What we call soft alliance"),  # a bundled quote of someone else
        ("Tasmagambetov", "words the article never printed"),
    ],
)
def test_a_quote_cannot_cite_a_bundled_source(user_home, speaker, text):
    result = add("--kind", "quote", "--speaker", speaker, "--text", text, source=("--source", QUOTE_SOURCE))
    assert result.exit_code == 2, result.output
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1
    assert line.startswith("Error: --source: belta-tasmagambetov-positions is a bundled source")
    assert "cstofacts quote --speaker NAME" in line and "cstofacts quote --verify" in line
    assert "--source-title" in line
    assert not user_file(user_home).exists()
    assert run("quote", "--verify", QUOTE).stdout.startswith("IN SOURCE, NOT A QUOTE")


def test_a_quote_of_ones_own_needs_a_source_of_ones_own_and_reported_words_are_a_fact(tmp_path, user_home):
    quote = add("--kind", "quote", "--speaker", "Tasmagambetov", "--text", "My interview's words.", source=OWN_SOURCE)
    assert quote.exit_code == 0, quote.output
    fact = add(
        "--kind",
        "fact",
        "--speaker",
        "Tasmagambetov",
        "--text",
        "Members do not fortify.",
        "--evidence",
        REPORTER,
        source=("--source", QUOTE_SOURCE),
    )
    assert fact.exit_code == 0, fact.output
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        json.dumps({"kind": "quote", "speaker": "Tasmagambetov", "text": QUOTE, "source": QUOTE_SOURCE}) + "\n", "utf-8"
    )
    refused = run("import", str(rows))
    assert refused.exit_code == 2
    assert "row 1 (line 1), field 'source': belta-tasmagambetov-positions is a bundled source" in refused.stderr
    assert "source_title" in refused.stderr


def test_every_example_of_the_add_help_works(user_home):
    examples = help_examples("add")
    assert len(examples) >= 3
    for example in examples:
        assert example[0] == "add"
        result = run(*example)
        assert result.exit_code == 0, (example, result.output)
    assert run("validate").exit_code == 0


@pytest.mark.parametrize(
    ("source", "typed", "stored"),
    [
        (QUOTE_SOURCE, REPORTER, QUOTE),
        (QUOTE_SOURCE, REPORTER.upper().replace("  ", " "), QUOTE),
        (
            "izvestia-tasmagambetov-interview",
            "the experience of the CSTO - and on 20 April",
            "the experience of the CSTO — and on 20 April",
        ),
        (
            "izvestia-tasmagambetov-interview",
            'in an interview with "Izvestia"   newspaper',
            "in an interview with “Izvestia” newspaper",
        ),
    ],
)
def test_evidence_is_found_whatever_the_form_of_quotes_dashes_case_and_spacing(user_home, source, typed, stored):
    result = add("--kind", "fact", "--text", "A fact.", "--evidence", typed, source=("--source", source))
    assert result.exit_code == 0, result.output
    record = json.loads(run("show", result.stdout.strip(), "-f", "json").stdout)[0]
    assert record["highlight"] == stored  # the source's own characters
    text = (ROOT / "data" / "sources" / f"{source}.txt").read_text("utf-8")
    locator = record["locator"]
    assert text[locator["highlight_start"] : locator["highlight_end"]] == stored
    # The evidence is the whole sentence that holds the words typed, as the bundled records have it.
    assert stored in record["evidence"] == text[locator["start"] : locator["end"]]
    assert record["evidence"][0].isupper() and record["evidence"].endswith(".")
    assert run("validate").exit_code == 0


def test_evidence_not_in_the_source_or_there_twice_is_said_plainly(user_home):
    missing = add(
        "--kind", "fact", "--text", "x", "--evidence", "The CSTO members are glowing", source=("--source", QUOTE_SOURCE)
    )
    assert missing.exit_code == 2
    assert missing.stderr.startswith(f"Error: --evidence: these words are not in {QUOTE_SOURCE} (words are compared")
    assert "compare with: cstofacts show " in missing.stderr and " --context)" in missing.stderr
    suggested = missing.stderr.split("compare with: ")[1].split(")")[0].split()
    assert run(*suggested[1:]).exit_code == 0
    twice = add("--kind", "fact", "--text", "x", "--evidence", "csto", source=("--source", QUOTE_SOURCE))
    assert twice.exit_code == 2
    assert "--evidence: these words stand" in twice.stderr and "give more of them" in twice.stderr


def test_an_export_of_quotes_imports_into_a_store_of_ones_own(tmp_path, bundled):
    exported = tmp_path / "q.json"
    exported.write_text(run("export", "--kind", "quote").stdout, "utf-8")
    quotes = json.loads(exported.read_text("utf-8"))
    mine = tmp_path / "mine.json"
    result = run("--db", str(mine), "import", str(exported))
    assert result.exit_code == 0, result.output
    assert len(result.stdout.split()) == len(quotes)
    assert run("--db", str(mine), "validate").exit_code == 0
    sources = {s["id"]: s for s in json.loads(run("--db", str(mine), "sources", "-f", "json").stdout)}
    bundled_sources = {d["id"]: d for d in bundled["sources"].values()}
    assert sources and set(sources) <= set(bundled_sources)  # the ids are kept
    for source_id, source in sources.items():
        assert source["title"] == bundled_sources[source_id]["title"]
    again = run("--db", str(mine), "import", str(exported))
    assert again.exit_code == 0 and again.stdout == ""
    assert f"skipped {len(quotes)} already in the store" in again.stderr
    assert len(json.loads(run("--db", str(mine), "export").stdout)) == len(quotes)
    block = run("--db", str(mine), "quote", "soft alliance", "-f", "text").stdout
    assert block.count("soft alliance") == 1


def test_a_store_of_ones_own_exports_and_imports_into_another(tmp_path):
    mine, other = tmp_path / "mine.json", tmp_path / "other.json"
    for args in (
        ["--kind", "fact", "--text", "One.", "--source-title", "Notes", "--source-outlet", "BelTA"],
        ["--kind", "quote", "--text", "Two.", "--speaker", "Jane Roe", "--source-title", "Interview"],
        ["--kind", "event", "--text", "Three.", "--date", "2025-03", "--source-title", "Notes"],
    ):
        assert run("--db", str(mine), "add", *args).exit_code == 0
    exported = tmp_path / "m.json"
    exported.write_text(run("--db", str(mine), "export").stdout, "utf-8")
    result = run("--db", str(other), "import", str(exported))
    assert result.exit_code == 0, result.output
    assert "imported 3 records, 2 new sources, 1 new entity" in result.stderr

    def comparable(db):
        return sorted(
            (r["kind"], r["text"], r["speaker"], r["date"], r["source"]["id"], r["source"]["title"])
            for r in json.loads(run("--db", str(db), "export").stdout)
        )

    assert comparable(mine) == comparable(other)


def test_an_export_of_everything_imports_into_a_store_of_ones_own_in_jsonl(tmp_path):
    # Every bundled record must pass the rules of `add`: an event has a date, a quote a speaker.
    exported = run("export", "-f", "jsonl").stdout
    result = run("--db", str(tmp_path / "all.json"), "import", "-", "-f", "jsonl", input=exported)
    assert result.exit_code == 0, result.output
    assert len(result.stdout.split()) == len(exported.splitlines())


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json"])
def test_reimporting_an_export_into_the_store_it_came_from_skips_every_row(user_home, fmt):
    mine = add("--kind", "fact", "--text", "Mine.", "--evidence", REPORTER, source=("--source", QUOTE_SOURCE))
    assert mine.exit_code == 0
    exported = run("export", "-f", fmt).stdout
    count = len(json.loads(run("export").stdout))
    result = run("import", "-", "-f", fmt, input=exported)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert f"imported 0 records, 0 new sources, 0 new entities into {user_file(user_home)}" in result.stderr
    assert f"skipped {count} already in the store" in result.stderr
    assert len(json.loads(run("export").stdout)) == count


def test_csv_start_and_end_give_the_evidence_in_a_bundled_source(tmp_path, bundled):
    import csv
    import io

    exported = run("export", "-f", "csv", "--kind", "fact", "--source", QUOTE_SOURCE, "--limit", "3").stdout
    rows = list(csv.DictReader(io.StringIO(exported)))
    for row in rows:
        row["text"] = "Edited: " + row["text"]
    edited = io.StringIO()
    writer = csv.DictWriter(edited, list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    result = run("import", "-", "-f", "csv", input=edited.getvalue())
    assert result.exit_code == 0, result.output
    originals = {d["text"]: d for d in bundled["records"].values()}
    for new_id, row in zip(result.stdout.split(), rows):
        record = json.loads(run("show", new_id, "-f", "json").stdout)[0]
        original = originals[row["text"].removeprefix("Edited: ")]
        assert record["evidence"] == original["evidence"]
        assert record["locator"] == original["locator"]
    bad = "kind,text,source,start,end\nfact,Far out.,belta-tasmagambetov-positions,999000,999999\n"
    refused = run("import", "-", "-f", "csv", input=bad)
    assert refused.exit_code == 2 and "field 'start': offsets 999000-999999 are past the end" in refused.stderr


def test_adding_a_record_the_store_has_already_is_refused_naming_it(user_home, bundled):
    first = add("--kind", "fact", "--text", "Once only.", "--date", "2025")
    assert first.exit_code == 0
    again = add("--kind", "fact", "--text", "Once  only.", "--date", "2025")
    assert again.exit_code == 2
    assert f"this fact is already in the store as {first.stdout.strip()}" in again.stderr
    assert add("--kind", "fact", "--text", "Once only.", "--date", "2024").exit_code == 0  # another date
    khujand = next(d for d in bundled["records"].values() if d["id"] == "khujand-border-agreement")
    copied = add(
        "--kind",
        khujand["kind"],
        "--text",
        khujand["text"],
        "--date",
        khujand["date"],
        "--evidence",
        khujand["evidence"],
        source=("--source", khujand["source"]),
    )
    assert copied.exit_code == 2
    assert "in the store as khujand-border-agreement (see: cstofacts show khujand-border-agreement)" in copied.stderr


def test_a_new_entity_close_to_a_known_one_is_refused_unless_asked_for(tmp_path, user_home):
    typo = add("--kind", "fact", "--text", "About Armenia.", "--entity", "Armenai")
    assert typo.exit_code == 2
    assert "--entity: unknown entity 'Armenai' (did you mean Armenia?); use --new-entity to create it" in typo.stderr
    speaker = add("--kind", "fact", "--text", "Said so.", "--speaker", "Imangali Tasmagambetv")
    assert speaker.exit_code == 2 and "did you mean Imangali Tasmagambetov?" in speaker.stderr
    assert not user_file(user_home).exists()
    forced = add("--kind", "fact", "--text", "About Armenia.", "--entity", "Armenai", "--new-entity")
    assert forced.exit_code == 0
    assert "Armenai" in run("entities", "Armenai").stdout
    other_year = add("--kind", "event", "--text", "Held.", "--date", "2099", "--entity", "Interaction-2099")
    assert other_year.exit_code == 0, other_year.output  # names that differ in their numbers are not typos
    rows = tmp_path / "rows.jsonl"
    write_rows(
        rows,
        "jsonl",
        [
            {"kind": "fact", "text": "Row.", "entities": ["Kazakstan"], "source_title": "T"},
            {"kind": "fact", "text": "Row 2.", "entities": ["Belarus"], "source_title": "T"},
        ],
    )
    refused = run("import", str(rows))
    assert refused.exit_code == 2
    assert "row 1 (line 1), field 'entities': unknown entity 'Kazakstan' (did you mean Kazakhstan?)" in refused.stderr
    assert '"new_entities": true' in refused.stderr
    rows.write_text(
        json.dumps(
            {"kind": "fact", "text": "Row.", "entities": ["Kazakstan"], "source_title": "T", "new_entities": True}
        )
        + "\n",
        "utf-8",
    )
    assert run("import", str(rows)).exit_code == 0
    assert "new_entities" in run("import", "--help").stdout and "--new-entity" in run("add", "--help").stdout


@pytest.mark.parametrize("db", ["/proc/version", "/proc/cstofacts-no-such-dir/store.json", "/proc/cstofacts.json"])
def test_an_unwritable_store_fails_at_once(db):
    if not Path("/proc/version").exists():
        pytest.skip("no /proc")
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "cstofacts", "--db", db, "add", "--kind", "fact", "--text", "x", "--source-title", "T"],
        check=False,
        capture_output=True,
        text=True,
        env=subprocess_env(Path("/nowhere")),
        timeout=60,
    )
    assert time.monotonic() - started < 5
    assert result.returncode == 4, result.stderr
    assert result.stderr.startswith(("Error: cannot write", "Error: cannot write store")) and db in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("value", ["abc", "-1", "nan", "inf", "1e999"])
def test_a_lock_timeout_that_is_not_a_number_of_seconds_is_an_error(monkeypatch, user_home, value):
    monkeypatch.setenv("CSTOFACTS_LOCK_TIMEOUT", value)
    result = add("--kind", "fact", "--text", "x")
    assert result.exit_code == 2
    assert f"CSTOFACTS_LOCK_TIMEOUT={value!r} is not a number of seconds" in result.stderr
    assert not user_file(user_home).exists()
    monkeypatch.setenv("CSTOFACTS_LOCK_TIMEOUT", "0.5")
    assert add("--kind", "fact", "--text", "x").exit_code == 0


def test_a_dry_run_lists_every_bad_row_up_to_twenty(tmp_path, user_home):
    rows = [{"kind": "fact", "text": f"Good {i}.", "source_title": "T"} for i in range(3)]
    rows += [{"kind": "fact", "text": f"Bad {i}.", "source_title": "T", "date": "2025-02-30"} for i in range(24)]
    rows.append({"kind": "fact", "text": "Unknown source.", "source": "nope"})
    path = write_rows(tmp_path / "rows.jsonl", "jsonl", rows)
    result = run("import", str(path), "--dry-run")
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 21
    assert "row 4 (line 4), field 'date'" in lines[0] and "row 23 (line 23), field 'date'" in lines[19]
    assert lines[-1] == f"Error: {path}: 25 bad rows (the first 20 above, 5 more); nothing would be imported"
    assert not user_file(user_home).exists()
    path = write_rows(tmp_path / "rows.jsonl", "jsonl", [rows[0], rows[-1]])
    one = run("import", str(path), "-n")
    assert one.stderr.strip().splitlines()[-1].endswith(": 1 bad row; nothing would be imported")
    assert "row 2 (line 2), field 'source': no source with id 'nope'" in one.stderr


def test_remove_suggests_the_users_own_ids_and_prints_each_id_once(user_home):
    assert "you have no records of your own" in run("remove", "anything").stderr
    new_id = add("--kind", "fact", "--text", "Border talks.").stdout.strip()
    typo = run("remove", new_id[:-1] + "x")
    assert typo.exit_code == 1 and f"did you mean {new_id}?" in typo.stderr
    assert "export" not in typo.stderr
    far = run("remove", "completely-different")
    assert far.exit_code == 1 and "you have 1 record of your own" in far.stderr and "export" not in far.stderr
    removed = run("remove", new_id, new_id)
    assert removed.exit_code == 0 and removed.stdout == new_id + "\n"


def test_counts_are_in_the_singular_for_one(tmp_path):
    path = write_rows(
        tmp_path / "one.jsonl",
        "jsonl",
        [{"kind": "fact", "text": "One.", "entities": ["Brand New Body"], "source_title": "Single"}],
    )
    result = run("import", str(path))
    assert "imported 1 record, 1 new source, 1 new entity into" in result.stderr


def test_a_source_title_used_again_with_fewer_details_is_the_same_source(user_home):
    assert (
        add(
            "--kind",
            "fact",
            "--text",
            "One.",
            source=("--source-title", "Notes", "--source-outlet", "BelTA", "--source-author", "Me"),
        ).exit_code
        == 0
    )
    assert add("--kind", "fact", "--text", "Two.", source=("--source-title", "Notes")).exit_code == 0
    three = add("--kind", "fact", "--text", "Three.", source=("--source-title", "notes", "--source-author", "Me"))
    assert three.exit_code == 0
    mine = [s for s in json.loads(run("sources", "-f", "json").stdout) if s["origin"] == "user"]
    assert len(mine) == 1 and mine[0]["outlet"] == "BelTA"
    four = add("--kind", "fact", "--text", "Four.", source=("--source-title", "Notes", "--source-outlet", "TASS"))
    assert four.exit_code == 0
    mine = [s for s in json.loads(run("sources", "-f", "json").stdout) if s["origin"] == "user"]
    assert len(mine) == 2  # a detail that differs: another source


def test_a_zero_byte_store_is_an_empty_store_replaced_whole(tmp_path):
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    inode = empty.stat().st_ino
    assert run("--db", str(empty), "export").stdout.strip() == "[]"
    assert run("--db", str(empty), "add", "--kind", "fact", "--text", "x", "--source-title", "T").exit_code == 0
    assert len(json.loads(empty.read_text("utf-8"))["records"]) == 1
    assert empty.stat().st_ino != inode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.json", "empty.json.lock"]


@pytest.mark.parametrize("command", [["add", "--kind", "fact", "--text", "x", "--source-title", "T"], ["remove", "x"]])
def test_a_corrupt_store_error_says_how_to_recover(user_home, command):
    user_home.mkdir()
    user_file(user_home).write_bytes(CORRUPT["not json"])
    result = run(*command)
    assert result.exit_code == 4
    assert result.stderr.strip().endswith("(move it aside to start a new store; your records are in it)")
    assert user_file(user_home).read_bytes() == CORRUPT["not json"]


@pytest.mark.parametrize("fmt", ["tsv", "csv", "jsonl"])
def test_an_export_of_ones_own_records_imports_again(user_home, tmp_path, fmt):
    text = 'A note with "quotes", commas; a | pipe and a tab\there.'
    evidence = "my clipping: the summit was tense"
    added = add("--kind", "fact", "--text", text, "--evidence", evidence)
    assert added.exit_code == 0, added.output
    new_id = added.stdout.strip()
    exported = tmp_path / f"mine.{fmt}"
    exported.write_text(run("export", "--format", fmt, "--kind", "fact").stdout, "utf-8")
    assert run("remove", new_id).exit_code == 0
    result = run("import", str(exported))
    assert result.exit_code == 0, result.output
    assert result.stdout.split() == [new_id]  # a backup restores with its ids: citations of them still hold
    mine = [r for r in json.loads(run("export", "--format", "json", "--kind", "fact").stdout) if r["origin"] == "user"]
    # CSV keeps every character; TSV writes each cell on one line: a tab comes back a space.
    assert [r["text"] for r in mine] == [text if fmt != "tsv" else text.replace("\t", " ")]
    assert [r["evidence"] for r in mine] == [evidence]


def test_an_imported_row_keeps_its_id_only_when_no_record_holds_it(user_home, tmp_path):
    first = add("--kind", "fact", "--text", "The first note.", "--source-title", "Notes").stdout.strip()
    rows = [
        {"id": first, "kind": "fact", "text": "An edited copy of the first note.", "source_title": "Notes"},
        {"id": "Khujand-Border-Agreement", "kind": "fact", "text": "A bundled id.", "source_title": "Notes"},
        {"id": "not an id!", "kind": "fact", "text": "An odd id.", "source_title": "Notes"},
        {"id": "my-own-id", "kind": "fact", "text": "A free id.", "source_title": "Notes"},
        {"id": "my-own-id", "kind": "fact", "text": "The same id twice.", "source_title": "Notes"},
    ]
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), "utf-8")
    result = run("import", str(path))
    assert result.exit_code == 0, result.output
    ids = result.stdout.split()
    assert len(set(ids)) == 5 and first not in ids
    assert "khujand-border-agreement" not in {i.casefold() for i in ids}  # ids are taken case-blind
    assert ids[3] == "my-own-id" and ids[4] != "my-own-id"
    assert ids[2].startswith("an-odd-id-")
    shown = json.loads(run("show", first, "--format", "json").stdout)
    assert shown[0]["text"] == "The first note."


def test_add_says_when_it_creates_a_store(tmp_path, user_home):
    path = tmp_path / "typo.json"
    first = run("--db", str(path), "add", "--kind", "fact", "--text", "One.", "--source-title", "Notes")
    assert first.exit_code == 0 and "created a new store" in first.stderr
    second = run("--db", str(path), "add", "--kind", "fact", "--text", "Two.", "--source-title", "Notes")
    assert second.exit_code == 0 and "created a new store" not in second.stderr


def test_a_name_holding_the_csv_separator_is_refused(user_home):
    result = add("--kind", "fact", "--text", "Two topics in one.", "--topic", "borders;security")
    assert result.exit_code == 2
    assert "holds ';'" in result.stderr


def test_remove_keeps_the_entities_and_sources_the_records_used(user_home):
    # An entity carries what no exported record does (its type): removing the
    # record must not lose it, or an export imported again comes back poorer.
    added = add(
        "--kind",
        "fact",
        "--text",
        "Zorya-2025 drills took place.",
        "--entity",
        "Zorya-2025",
        "--new-entity",
        "--entity-type",
        "exercise",
        source=("--source-title", "Drill notes"),
    )
    assert added.exit_code == 0, added.output
    assert run("remove", added.stdout.strip()).exit_code == 0
    entity = json.loads(run("entities", "Zorya-2025", "--format", "json").stdout)[0]
    assert (entity["name"], entity["type"]) == ("Zorya-2025", "exercise")
    assert "Drill notes" in run("sources", "--format", "tsv").stdout


def test_remove_from_a_missing_db_store_is_exit_4_and_creates_nothing(tmp_path):
    path = tmp_path / "typo.json"
    result = run("--db", str(path), "remove", "some-id")
    assert result.exit_code == 4 and result.stderr.strip() == f"Error: store not found: {path}"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_the_bundled_records_exported_make_a_db_store_of_their_own_with_nothing_lost(tmp_path, fmt):
    exported = tmp_path / f"all.{fmt}"
    exported.write_text(run("export", "--format", fmt).stdout, "utf-8")
    db = tmp_path / "mine.json"
    result = run("--db", str(db), "import", str(exported))
    assert result.exit_code == 0, result.output
    assert run("--db", str(db), "validate").exit_code == 0

    def by_text(*args: str) -> dict[tuple[str, str], dict]:
        docs = json.loads(run(*args, "export", "--format", "json").stdout)
        return {(d["kind"], d["text"]): {k: v for k, v in d.items() if k not in ("id", "origin")} for d in docs}

    # Every field but the id (bundled ids stay the bundled records') and the origin:
    # locators, evidence, implied dates, the source's details.
    assert by_text("--db", str(db)) == by_text()
    sources = {s["id"]: s for s in json.loads(run("--db", str(db), "sources", "--format", "json").stdout)}
    bundled = {s["id"]: s for s in json.loads(run("sources", "--format", "json").stdout)}
    assert {i: {**s, "origin": None} for i, s in sources.items()} == {
        i: {**s, "origin": None} for i, s in bundled.items()
    }

    # The entities come whole too (a state stays a state, aliases kept), so check reads the copy alike.
    def entities(*args: str) -> list[dict]:
        return sorted(json.loads(run(*args, "entities", "--format", "json").stdout), key=lambda e: e["name"])

    assert entities("--db", str(db)) == entities()
    claim = "A meeting on Kyrgyz-Tajik tensions was held in Minsk in 2023."
    assert (
        json.loads(run("--db", str(db), "check", claim, "--format", "json").stdout)["reason"]
        == json.loads(run("check", claim, "--format", "json").stdout)["reason"]
    )


def test_export_by_origin_is_a_backup_of_ones_own_records(user_home, tmp_path):
    mine = add("--kind", "fact", "--text", "A note of my own.").stdout.strip()
    own = json.loads(run("export", "--origin", "user").stdout)
    assert [r["id"] for r in own] == [mine]
    bundled = json.loads(run("export", "--origin", "bundled").stdout)
    assert bundled and all(r["origin"] == "bundled" for r in bundled)
    assert len(bundled) + 1 == len(json.loads(run("export").stdout))
    backup = tmp_path / "mine.json"
    backup.write_text(run("export", "--origin", "user").stdout, "utf-8")
    assert run("remove", mine).exit_code == 0
    assert run("import", str(backup)).stdout.split() == [mine]
