"""Every case of the hostile campaign of issue 16, replayed: a store or input under attack
gives one line and an exit code from the contract; no traceback, hang, silent rewrite,
broken link or raw escape sequence. (The scale cases: test_index_update.py, bench.py.)"""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cstofacts.cli import cli

from .conftest import ROOT

DEEP = 100_000
# Arguments that make each command read the store (or write it).
COMMANDS = {
    "add": ["add", "--kind", "fact", "--text", "A note.", "--source-title", "Notes"],
    "check": ["check", "The Khujand border agreement was signed on 31 March 2025."],
    "cite": ["cite", "khujand-border-agreement"],
    "entities": ["entities"],
    "export": ["export"],
    "import": ["import", "-"],
    "quote": ["quote", "soft alliance"],
    "remove": ["remove", "some-id"],
    "search": ["search", "khujand"],
    "show": ["show", "khujand-border-agreement"],
    "sources": ["sources"],
    "timeline": ["timeline"],
    "validate": ["validate"],
}
ROW = json.dumps({"kind": "fact", "text": "An imported note.", "source_title": "Notes"}) + "\n"


def run(*args: str, input: str | bytes | None = None, color: bool = False):
    result = CliRunner().invoke(cli, list(args), input=input, color=color)  # color: keep what a terminal gets
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    assert "Traceback" not in result.output
    return result


def one_line_error(result, code: int, *words: str) -> None:
    assert result.exit_code == code, result.output
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("Error: "), result.stderr
    for word in words:
        assert word in result.stderr, result.stderr


def process(args: list[str], home: Path, *, stdin: object = None, memory: int = 1 << 30, timeout: float = 60):
    """The console script as a user runs it, with at most `memory` bytes of address space
    beyond what it starts with: reading gigabytes fails, and the test with it."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory + (600 << 20), resource.RLIM_INFINITY))

    env = dict(os.environ, CSTOFACTS_HOME=str(home))
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    return subprocess.run(
        [sys.executable, "-m", "cstofacts", *args],
        stdin=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        preexec_fn=limit,
        check=False,
    )


def assert_refused(result: subprocess.CompletedProcess[str], code: int, *words: str) -> None:
    assert result.returncode == code, result.stderr[-2000:]
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1, result.stderr[-2000:]
    for word in words:
        assert word in result.stderr, result.stderr


# -- tracebacks --------------------------------------------------------------------


def deep_json(inner: str = "") -> str:
    return '{"records": {"1": ' + "[" * DEEP + inner + "]" * DEEP + "}}"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_a_db_store_nested_100000_deep_is_a_corrupt_store_in_every_command(tmp_path, name):
    db = tmp_path / "deep.json"
    db.write_text(deep_json())
    result = run("--db", str(db), *COMMANDS[name], input=ROW)
    one_line_error(result, 4, "nested too deeply")


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_a_user_store_nested_100000_deep_is_a_corrupt_store_in_every_command(user_home, name):
    user_home.mkdir()
    (user_home / "user.json").write_text(deep_json())
    result = run(*COMMANDS[name], input=ROW)
    one_line_error(result, 4, "nested too deeply")
    assert (user_home / "user.json").read_text() == deep_json()  # left as it was


def test_a_store_nested_deep_inside_a_field_no_command_knows_is_corrupt(tmp_path):
    db = tmp_path / "deep.json"
    nested = "[" * 500 + "]" * 500  # within what the parser takes, deeper than any store
    db.write_text(
        '{"records": {"1": {"id": "r", "kind": "fact", "text": "t", "source": "s", "extra": '
        + nested
        + '}}, "other": {"1": '
        + nested
        + "}}"
    )
    for args in (["search", "t"], ["add", "--kind", "fact", "--text", "x", "--source-title", "T"], ["validate"]):
        one_line_error(run("--db", str(db), *args), 4, "nested too deeply")


def test_check_file_on_a_deeply_nested_jsonl_line_is_a_bad_line(tmp_path):
    claims = tmp_path / "claims.jsonl"
    claims.write_text('{"claim": ' + "[" * DEEP + "]" * DEEP + "}\n")
    one_line_error(run("check", "--file", str(claims)), 2, "line 1")


def test_import_of_a_deeply_nested_row_is_a_bad_row(tmp_path):
    for name, text in (("rows.json", "[" * DEEP), ("rows.jsonl", "[" * DEEP + "\n")):
        path = tmp_path / name
        path.write_text(text)
        one_line_error(run("import", str(path)), 2, "nested too deeply")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["check", "--file", "/dev/zero"], 2, ("not a regular file",)),
        (["--db", "/dev/zero", "search", "khujand"], 4, ("not a regular file",)),
        (
            ["--db", "/dev/zero", "add", "--kind", "fact", "--text", "x", "--source-title", "T"],
            4,
            ("not a regular file",),
        ),
        (["import", "/dev/zero"], 2, ("not a regular file",)),
    ],
)
def test_a_device_is_never_read(user_home, args, code, words):
    assert_refused(process(args, user_home), code, *words)


@pytest.mark.slow
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
@pytest.mark.parametrize(
    "args",
    [
        ["import", "-"],
        ["check", "--file", "-"],
        ["import", "-", "--format", "json"],
        ["import", "-", "--format", "csv"],
    ],
)
def test_stdin_without_end_is_read_in_bounded_chunks(user_home, device, args):
    with open(device, "rb") as endless:
        result = process(args, user_home, stdin=endless, memory=256 << 20)
    assert_refused(result, 2)
    assert not (user_home / "user.json").exists()


@pytest.mark.slow
def test_a_cache_index_symlinked_to_dev_zero_is_not_read(user_home):
    assert process(["search", "khujand"], user_home).returncode == 0
    for index in (user_home / "cache").glob("*.index"):
        index.unlink()
        index.symlink_to("/dev/zero")
    result = process(["search", "khujand", "--format", "json"], user_home)
    assert result.returncode == 0 and json.loads(result.stdout)


# -- hangs ---------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--db", "{fifo}", "search", "khujand"], 4),
        (["--db", "{fifo}", "add", "--kind", "fact", "--text", "x", "--source-title", "T"], 4),
        (["check", "--file", "{fifo}"], 2),
        (["import", "{fifo}"], 2),
    ],
)
def test_a_fifo_without_a_writer_is_refused_at_once(user_home, tmp_path, args, code):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    result = process([a.format(fifo=fifo) for a in args], user_home, timeout=30)
    assert_refused(result, code, "named pipe")


@pytest.mark.slow
def test_a_user_store_that_is_a_fifo_is_refused_at_once(user_home):
    user_home.mkdir()
    os.mkfifo(user_home / "user.json")
    assert_refused(process(["search", "khujand"], user_home, timeout=30), 4, "named pipe")


@pytest.mark.slow
def test_cache_files_replaced_by_fifos_do_not_hang_search_or_check(user_home):
    assert process(["check", "The Khujand border agreement was signed on 31 March 2025."], user_home).returncode == 0
    cache = user_home / "cache"
    for path in [*cache.glob("*.index"), *cache.glob("*.docs"), *cache.glob("*.names")]:
        path.unlink()
        os.mkfifo(path)
    assert process(["search", "khujand"], user_home, timeout=30).returncode == 0
    checked = process(["check", "The Khujand border agreement was signed on 31 March 2025."], user_home, timeout=30)
    assert checked.returncode == 0, checked.stderr


# -- silent rewrites -----------------------------------------------------------------

IMPOSSIBLE_DATES = [
    "2025-00-10",
    "2025-01-00",
    "2025-00-31",
    "2025-00",
    "2025-13",
    "2025-13-01",
    "2025-02-29",
    "2023-02-29",
    "2025-02-30",
    "2025-04-31",
    "2025-12-32",
    "0000",
    "0000-01-01",
    "2025-1-1",
    "2025-01-1",
    "25-01-01",
    "20250",
    "2025-",
    "2025-01-",
    "2025/01/01",
    "2025-01-01T00:00",
    "２０２５",
    "२०२५",
    "2025-0１",
    "+2025",
    "-2025",
]


@pytest.mark.parametrize("value", IMPOSSIBLE_DATES)
@pytest.mark.parametrize("option", ["--date", "--date-end", "--source-date"])
def test_add_refuses_every_impossible_date_naming_it(user_home, value, option):
    args = ["add", "--kind", "event", "--text", "Held.", "--date", "2025-01-01", "--source-title", "T", option, value]
    result = run(*args)
    one_line_error(result, 2, option)
    assert repr(value)[1:-1] in result.stderr or value.encode("unicode_escape").decode() in result.stderr
    assert not (user_home / "user.json").exists()


@pytest.mark.parametrize("value", IMPOSSIBLE_DATES)
@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_import_refuses_every_impossible_date_naming_it(tmp_path, user_home, value, fmt):
    row = {"kind": "event", "text": "Held.", "date": value, "source_title": "T"}
    path = tmp_path / f"rows.{fmt}"
    path.write_text(
        "kind,text,date,source_title\n" + ",".join(row.values()) + "\n"
        if fmt == "csv"
        else json.dumps(row, ensure_ascii=False) + "\n",
        "utf-8",
    )
    one_line_error(run("import", str(path)), 2, "row 1", "'date'")
    assert not (user_home / "user.json").exists()


@pytest.mark.parametrize("value", ["2024-02-29", "2025", "2025-03", "2025-03-31", "9999-12-31"])
def test_a_real_date_is_stored_as_given(user_home, value):
    added = run("add", "--kind", "event", "--text", f"Held on {value}.", "--date", value, "--source-title", "T")
    shown = json.loads(run("show", added.stdout.strip(), "--format", "json").stdout)
    assert shown[0]["date"] == value


def test_a_backup_of_ones_own_records_restores_whole(tmp_path, user_home):
    for date in ("2025", "2025-03", "2025-03-31"):
        assert (
            run("add", "--kind", "event", "--text", f"Held {date}.", "--date", date, "--source-title", "T").exit_code
            == 0
        )
    backup = tmp_path / "backup.json"
    backup.write_text(run("export", "--origin", "user").stdout, "utf-8")
    before = json.loads(backup.read_text("utf-8"))
    (user_home / "user.json").unlink()
    assert run("import", str(backup)).exit_code == 0
    after = json.loads(run("export", "--origin", "user").stdout)
    assert after == before


# -- symbolic links ------------------------------------------------------------------


def test_a_symlinked_user_store_stays_a_link_and_its_target_gets_the_records(tmp_path, user_home):
    user_home.mkdir()
    target = tmp_path / "synced" / "my-store.json"
    target.parent.mkdir()
    target.write_text("{}")
    (user_home / "user.json").symlink_to(target)
    added = run("add", "--kind", "fact", "--text", "Through the link.", "--source-title", "T")
    assert added.exit_code == 0
    assert (user_home / "user.json").is_symlink()
    assert "Through the link." in target.read_text("utf-8")
    assert run("remove", added.stdout.strip()).exit_code == 0
    assert (user_home / "user.json").is_symlink() and "Through the link." not in target.read_text("utf-8")
    assert sorted(p.name for p in target.parent.iterdir()) == ["my-store.json", "my-store.json.lock"]


def test_a_db_path_through_symlinks_writes_where_they_lead(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (real / "store.json").write_text("{}")
    (tmp_path / "dir-link").symlink_to(real)
    (tmp_path / "file-link.json").symlink_to(tmp_path / "dir-link" / "store.json")
    for number, db in enumerate([tmp_path / "file-link.json", tmp_path / "dir-link" / "store.json"]):
        assert (
            run("--db", str(db), "add", "--kind", "fact", "--text", f"Note {number}.", "--source-title", "T").exit_code
            == 0
        )
    assert (tmp_path / "file-link.json").is_symlink()
    assert [r["text"] for r in json.loads((real / "store.json").read_text())["records"].values()] == [
        "Note 0.",
        "Note 1.",
    ]


def test_a_link_that_leads_nowhere_usable_is_refused_in_one_line(tmp_path):
    (tmp_path / "loop-a.json").symlink_to(tmp_path / "loop-b.json")
    (tmp_path / "loop-b.json").symlink_to(tmp_path / "loop-a.json")
    (tmp_path / "nowhere.json").symlink_to(tmp_path / "no" / "such" / "store.json")
    (tmp_path / "device.json").symlink_to("/dev/zero")
    add = ["add", "--kind", "fact", "--text", "x", "--source-title", "T"]
    one_line_error(run("--db", str(tmp_path / "loop-a.json"), *add), 4, "loop")
    one_line_error(run("--db", str(tmp_path / "nowhere.json"), *add), 4, "does not exist")
    one_line_error(run("--db", str(tmp_path / "device.json"), *add), 4, "not a regular file")
    assert (tmp_path / "nowhere.json").is_symlink() and not (tmp_path / "no").exists()


# -- the terminal --------------------------------------------------------------------

ESCAPES = "\x1b[31mred\x1b[0m \x1b]0;owned\x07 bell\x07 cr\rforged \u202eevil"


def evil_store(home: Path) -> None:
    home.mkdir()
    source = {
        "id": "evil-source",
        "title": f"Title {ESCAPES}",
        "author": f"Author {ESCAPES}",
        "outlet": ESCAPES,
        "url": f"https://example.org/{ESCAPES}",
        "date": "2025",
        "file": None,
    }
    record = {
        "id": "evil-record",
        "kind": "quote",
        "text": f"Words {ESCAPES}",
        "speaker": "Evil Person",
        "role": ESCAPES,
        "source": "evil-source",
        "date": "2025-03-31",
        "entities": [],
        "topics": [],
    }
    (home / "user.json").write_text(
        json.dumps(
            {
                "sources": {"1": source},
                "records": {"1": record},
                "entities": {"1": {"name": "Evil Person", "type": "person", "aliases": [ESCAPES], "role": ESCAPES}},
            }
        ),
        "utf-8",
    )


RAW = ("\x1b", "\x07", "\r", "\u202e")


@pytest.mark.parametrize("fmt", ["text", "markdown", "bibtex", "biblatex", "csl-json"])
@pytest.mark.parametrize("what", ["evil-record", "evil-source"])
def test_cite_prints_no_raw_escape_sequence(user_home, fmt, what):
    evil_store(user_home)
    result = run("cite", what, "--format", fmt)
    assert result.exit_code == 0, result.output
    assert not any(c in result.output for c in RAW), result.output
    assert "\\u001b" in result.output  # shown, escaped, not acted on


@pytest.mark.parametrize(
    "args",
    [
        ["quote", "--speaker", "Lavrov\r\nError: forged line"],
        ["search", "khujand", "--speaker", "No One\nforged"],
        ["timeline", "--speaker", "No One\r\x1b[2Kforged"],
        ["export", "--source", "no-source\nforged"],
        ["show", "no-such-id\rforged"],
        ["cite", "no-such-id\nforged"],
        ["search", "--\x1b[31mbogus-option"],
    ],
)
def test_values_echoed_in_errors_cannot_forge_lines_or_drive_the_terminal(user_home, args):
    result = run(*args)
    assert result.exit_code in (1, 2), result.output
    assert not any(c in result.stderr for c in RAW), result.stderr
    lines = result.stderr.splitlines()
    assert [line for line in lines if line.startswith("Error: ")] == [lines[-1]], result.stderr
    assert all(line.startswith(("Usage: ", "Try ", "Error: ")) or not line for line in lines), result.stderr


def test_validate_flags_control_characters_in_any_store_it_reads(user_home, tmp_path):
    evil_store(user_home)
    result = run("validate")
    assert result.exit_code == 1
    assert "evil-record: text holds control characters" in result.stdout
    assert "source 'evil-source': title holds control characters" in result.stdout
    assert not any(c in result.output for c in RAW)
    db = tmp_path / "db.json"
    db.write_text((user_home / "user.json").read_text("utf-8"), "utf-8")
    assert "holds control characters" in run("--db", str(db), "validate").stdout


# -- inputs taken without a word -------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("kind,text,text,source_title", "text"),
        ("kind,text,source_title,kind", "kind"),
    ],
)
def test_a_csv_with_a_duplicated_column_is_refused(tmp_path, user_home, header, column):
    path = tmp_path / "rows.csv"
    path.write_text(header + "\nfact,One,Two,T\n")
    one_line_error(run("import", str(path)), 2, f"the column '{column}' twice")
    tsv = tmp_path / "rows.tsv"
    tsv.write_text(header.replace(",", "\t") + "\nfact\tOne\tTwo\tT\n")
    one_line_error(run("import", str(tsv)), 2, f"the column '{column}' twice")
    assert not (user_home / "user.json").exists()


def test_a_zero_byte_db_is_an_empty_store_which_a_write_fills_saying_so(tmp_path):
    db = tmp_path / "empty.json"
    db.write_bytes(b"")
    assert run("--db", str(db), "export").stdout.strip() == "[]"
    one_line_error(run("--db", str(db), "search", "khujand"), 1)
    added = run("--db", str(db), "add", "--kind", "fact", "--text", "The first.", "--source-title", "T")
    assert added.exit_code == 0
    assert added.stderr == f"{db} was empty (0 bytes): it holds a new store now\n"
    assert [r["text"] for r in json.loads(db.read_text())["records"].values()] == ["The first."]


def test_on_a_terminal_only_the_commands_own_colours_reach_it(user_home, monkeypatch):
    """Styled output (a default table on a terminal) keeps SGR colour and emphasis, and
    only those: what the store holds is escaped before the command adds its own."""
    from cstofacts import terminal

    evil_store(user_home)
    monkeypatch.setattr(terminal, "_on_terminal", lambda: True)
    for args in (
        ["show", "evil-record"],
        ["show", "khujand-border-agreement", "--context"],
        ["check", "The Khujand border agreement was signed on 31 March 2025."],
    ):
        result = run(*args, color=True)
        assert result.exit_code == 0, result.output
        plain = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)
        assert not any(c in plain for c in RAW), plain
    assert "\x1b[1;4m" in run("show", "khujand-border-agreement", "--context", color=True).stdout  # its own kept
    assert "\\u001b[31mred" in run("show", "evil-record", color=True).stdout


def test_a_file_past_its_size_limit_is_refused_in_one_line_without_being_read(tmp_path):
    """Sparse files: the size is known before a byte is read."""
    from cstofacts import store
    from cstofacts.commands import check as cmd_check
    from cstofacts.userdata import rows

    def sparse(name: str, size: int) -> str:
        path = tmp_path / name
        with path.open("wb") as handle:
            handle.truncate(size)
        return str(path)

    one_line_error(run("--db", sparse("huge.json", store.MAX_STORE + 1), "search", "khujand"), 4, "the limit is 1 GiB")
    one_line_error(run("check", "--file", sparse("huge.md", cmd_check.MAX_DOCUMENT_BYTES + 1)), 2, "the limit is 8 MiB")
    one_line_error(run("import", sparse("huge.csv", rows.MAX_INPUT + 1)), 2, "the limit is 1 GiB")


def test_a_write_that_would_pass_the_size_limit_writes_nothing(tmp_path, monkeypatch):
    from cstofacts.userdata import storefile

    db = tmp_path / "store.json"
    assert (
        run("--db", str(db), "add", "--kind", "fact", "--text", "A first note.", "--source-title", "T").exit_code == 0
    )
    before = db.read_bytes()
    monkeypatch.setattr(storefile, "MAX_STORE", len(before) + 10)
    result = run("--db", str(db), "add", "--kind", "fact", "--text", "A second note.", "--source-title", "T")
    one_line_error(result, 4, "it would pass")
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store.json", "store.json.lock"]
