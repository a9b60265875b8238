"""Hostile input: every command, any arguments, never a traceback; terminals and pipes kept safe.

The property suite goes on in test_hostile_shapes.py (stores of any shape and depth, files
that are no files, endless stdin, any date, any CSV header) and test_campaign.py replays
issue 16's campaign case by case.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context

from cstofacts.cli import cli

from .conftest import ROOT

EXIT_CODES = {0, 1, 2, 3, 4}
SETTINGS = settings(
    max_examples=int(os.environ.get("CSTOFACTS_HOSTILE_EXAMPLES", "60")),
    deadline=None,
    database=None,  # nothing written into the checkout
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,  # one user store per command is what we want
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)
# What a terminal would act on: C0 but tab and newline, DEL, C1, bidi overrides and isolates.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

ODD = [
    "",
    " ",
    "\t",
    "\n",
    "x" * 100_000,
    "khujand " * 12_500,
    "\x01",
    "\x1b[2J\x1b[31mred",
    "\x9b31m",
    "\x07\x08\x7f",
    "\u202eevil",
    "\u2066isolate\u2069",
    "e\u0301\u0302\u0303\u0304",
    "مرحبا بالعالم",
    "שלום עולם",
    "Ташкент",
    "--",
    "-",
    "---",
    "--help",
    "--version",
    "-n",
    "--limit=0",
    "--db",
    "--format=json",
    "-x",
    "--kind=quote",
    "-1",
    "0",
    "99999999999999999999",
    "1e309",
    "NaN",
    "null",
    "{}",
    "[]",
    "%s%n",
    "../../x",
    "/dev/null",
    ".",
    "2025",
    "2025-03",
    "2025-03-31",
    "2025-02-30",
    "2025-13",
    "0000",
    "0000-00-00",
    "9999-12-31",
    "２０２５",
    "2025-1-1",
    "31 March 2025",
    "quote",
    "fact",
    "event",
    "json",
    "table",
    "csv",
    "jsonl",
    "markdown",
    "Tasmagambetov",
    "CSTO",
    "khujand-border-agreement",
    "allies-csto-2023-2025",
]
# No NUL: a real command line cannot carry one (argv entries are C strings).
# Invalid UTF-8 can: it reaches Python as lone surrogates, which CliRunner's
# strict stdout cannot print; test_invalid_utf8_arguments runs those for real.
TEXT = st.one_of(
    st.sampled_from(ODD),
    st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=30),
    st.text(
        st.characters(codec="utf-8", categories=["Cc", "Cf", "Mn", "Zs", "Lo"], exclude_characters="\x00"), max_size=30
    ),
    st.lists(st.sampled_from(ODD[:20]), min_size=2, max_size=4).map("".join),
)

# Text a record may hold: any script, combining marks, punctuation; so that
# some hostile runs succeed and what they stored is checked too.
PLAIN = st.text(st.characters(codec="utf-8", categories=["L", "M", "N", "P", "Zs"]), min_size=1, max_size=25)
FIELD = st.one_of(PLAIN, PLAIN, TEXT)


def option_names(command: click.Command) -> list[str]:
    return sorted({o for p in command.params if isinstance(p, click.Option) for o in p.opts + p.secondary_opts})


def arguments(command: click.Command) -> st.SearchStrategy[list[str]]:
    """Positional texts, options alone, and options with any value, in any order."""
    names = option_names(command)
    piece = st.one_of(
        TEXT.map(lambda v: [v]),
        st.tuples(st.sampled_from(names), TEXT).map(list) if names else st.nothing(),
        st.sampled_from(names).map(lambda o: [o]) if names else st.nothing(),
    )
    return st.lists(piece, max_size=5).map(lambda parts: [a for part in parts for a in part])


def invoke(args: list[str], input: str | None = None):
    result = CliRunner().invoke(cli, args, input=input, catch_exceptions=True)
    assert result.exception is None or isinstance(result.exception, SystemExit), (args, result.exc_info)
    assert result.exit_code in EXIT_CODES, (args, result.exit_code, result.output[:500])
    assert "Traceback" not in result.output, (args, result.output[-2000:])
    if currently_in_test_context():
        event(f"exit {result.exit_code}")
    return result


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """A scratch working directory: a `--db` of arbitrary text lands here, not in the checkout."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


# A failing example holding a 100,000-character argument is reported in full.
@pytest.mark.filterwarnings("ignore:Generating overly large repr")
@pytest.mark.parametrize("name", sorted(cli.commands))
@SETTINGS
@given(data=st.data())
def test_any_arguments_to_any_command_give_a_contract_exit_code_and_no_traceback(workdir, name, data):
    prefix = data.draw(
        st.sampled_from([[], [], [], ["--db", "x.json"]]).flatmap(
            lambda p: st.just(p) if not p else TEXT.map(lambda db: ["--db", db])
        ),
        label="global",
    )
    args = data.draw(arguments(cli.commands[name]), label="args")
    invoke([*prefix, name, *args], input=data.draw(st.sampled_from(["", "khujand\n", "\x1b[2J\n"]), label="stdin"))


@pytest.mark.filterwarnings("ignore:Generating overly large repr")
@SETTINGS
@given(
    kind=st.sampled_from(["fact", "quote", "event"]),
    fields=st.dictionaries(
        st.sampled_from(
            [
                "--date",
                "--date-end",
                "--place",
                "--speaker",
                "--role",
                "--entity",
                "--topic",
                "--entity-type",
                "--source-author",
                "--source-outlet",
                "--source-url",
                "--source-date",
                "--evidence",
            ]
        ),
        FIELD,
        max_size=5,
    ),
    text=FIELD,
    title=FIELD,
)
def test_whatever_add_accepts_validates_and_prints_safely(workdir, user_home, kind, fields, text, title):
    store = user_home / "user.json"
    before = store.read_bytes() if store.exists() else None
    args = ["add", "--kind", kind, "--text", text, "--source-title", title]
    for option, value in fields.items():
        args += [option, value]
    result = invoke(args)
    assert result.exit_code in (0, 2), result.output
    if result.exit_code == 2:
        assert (store.read_bytes() if store.exists() else None) == before
        return
    new_id = result.stdout.strip()
    checked = invoke(["validate"])
    assert checked.exit_code == 0, checked.stdout[-1000:]
    for fmt in ("table", "csv", "markdown", "json"):
        shown = invoke(["show", new_id, "--format", fmt]).stdout
        assert not UNSAFE.search(shown.replace("\n", "").replace("\t", ""))


ROW = st.fixed_dictionaries(
    {"kind": st.sampled_from(["fact", "event", "quote"]), "text": FIELD, "source_title": FIELD},
    optional={
        "date": st.one_of(st.sampled_from(["2024", "2025-03", "2025-03-31"]), TEXT),
        "speaker": FIELD,
        "entities": st.one_of(FIELD, st.lists(FIELD, max_size=3)),
        "topics": st.lists(FIELD, max_size=3),
        "id": TEXT,
    },
)
ANY_ROW = st.dictionaries(
    st.sampled_from(["kind", "text", "date", "speaker", "source", "source_title", "entities", "topics", "bogus"]),
    st.one_of(TEXT, st.integers(), st.none(), st.lists(TEXT, max_size=3), st.dictionaries(TEXT, TEXT, max_size=2)),
    max_size=6,
)


def encoded(rows: list[dict], suffix: str) -> bytes:
    if suffix == ".jsonl":
        return "".join(json.dumps(r) + "\n" for r in rows).encode("utf-8", "surrogatepass")
    if suffix == ".csv":
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, sorted({k for r in rows for k in r}))
        writer.writeheader()
        writer.writerows([{k: v if isinstance(v, str) else json.dumps(v) for k, v in r.items()} for r in rows])
        return buffer.getvalue().encode("utf-8", "surrogatepass")
    return json.dumps(rows).encode("utf-8", "surrogatepass")


@pytest.mark.filterwarnings("ignore:Generating overly large repr")
@SETTINGS
@given(
    suffix=st.sampled_from([".json", ".jsonl", ".csv", ".txt"]),
    rows=st.one_of(st.lists(ROW, min_size=1, max_size=4), st.lists(ANY_ROW, max_size=4), st.binary(max_size=200)),
)
def test_importing_any_file_is_all_or_nothing_without_a_traceback(workdir, user_home, rows, suffix):
    content = rows if isinstance(rows, bytes) else encoded(rows, suffix)
    store = user_home / "user.json"
    before = store.read_bytes() if store.exists() else None
    path = workdir / f"rows{suffix}"
    path.write_bytes(content)
    result = invoke(["import", str(path)])
    assert result.exit_code in (0, 2)
    if result.exit_code == 2:
        assert (store.read_bytes() if store.exists() else None) == before
    else:
        assert invoke(["validate"]).exit_code == 0


@pytest.mark.slow
def test_invalid_utf8_arguments_to_any_command_give_no_traceback(user_home):
    """Bytes that are not UTF-8 reach Python as lone surrogates; the real streams must cope."""
    env = env_for(user_home)
    for name in sorted(cli.commands):
        args = (
            [b"add", b"--kind", b"fact", b"--text", b"x\xff", b"--source-title", b"t"]
            if name == "add"
            else [name.encode(), b"khujand\xff"]
        )
        result = subprocess.run(
            [sys.executable.encode(), b"-m", b"cstofacts", *args], capture_output=True, env=env, timeout=60
        )
        assert result.returncode in EXIT_CODES, (name, result.stderr)
        assert b"Traceback" not in result.stderr, (name, result.stderr[-2000:])


# -- what reaches a terminal -----------------------------------------------------

ESCAPES = "\x1b[2J\x1b[31m\x9b1m\x07\x1b]0;owned\x07\u202e"


def test_escape_sequences_in_a_user_store_are_neutralised_in_every_output(user_home):
    """A user store written by hand (or synced from elsewhere) cannot drive the terminal."""
    user_home.mkdir()
    store = {
        "sources": {"1": {"id": "evil-source", "title": f"Evil {ESCAPES} source", "author": ESCAPES, "file": None}},
        "entities": {"1": {"name": f"Evil{ESCAPES}Org", "type": "organisation", "aliases": [ESCAPES]}},
        "records": {
            "1": {
                "id": "evil-record",
                "kind": "quote",
                "text": f"Khujand {ESCAPES} colours",
                "date": "2025-03-31",
                "speaker": f"Evil{ESCAPES}Org",
                "role": ESCAPES,
                "place": ESCAPES,
                "entities": [f"Evil{ESCAPES}Org"],
                "topics": [ESCAPES],
                "source": "evil-source",
            }
        },
    }
    (user_home / "user.json").write_text(json.dumps(store), "utf-8")
    commands = [
        ["search", "khujand colours", "--min-score", "0"],
        ["show", "evil-record"],
        ["show", "evil-record", "--context"],
        ["timeline", "--from", "2025-03-31", "--to", "2025-03-31"],
        ["export", "--format", "table"],
        ["sources"],
        ["entities"],
        ["entities", "Evil"],
        ["validate"],
    ]
    commands += [["export", "--format", fmt] for fmt in ("json", "jsonl", "csv", "tsv", "markdown")]
    for args in commands:
        result = invoke(args)
        assert result.exit_code in (0, 1), (args, result.output)
        stray = UNSAFE.findall(result.output.replace("\n", "").replace("\t", ""))
        assert not stray, (args, stray)
    table = invoke(["show", "evil-record"]).stdout
    assert "\\u001b[2J" in table and "\\u202e" in table  # shown, as escapes, not acted on


def test_add_and_import_refuse_control_characters(tmp_path):
    added = invoke(["add", "--kind", "fact", "--text", "a \x1b[2J b", "--source-title", "T"])
    assert added.exit_code == 2 and "--text: holds control characters" in added.stderr
    assert "\x1b" not in added.output
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"kind": "fact", "text": "ok", "source_title": "T\x9b2J"}) + "\n", "utf-8")
    imported = invoke(["import", str(rows)])
    assert (
        imported.exit_code == 2 and "row 1 (line 1), field 'source_title': holds control characters" in imported.stderr
    )


def test_a_file_name_with_escapes_is_printed_escaped(workdir):
    name = "evil\x1b[2J.json"
    (workdir / name).write_text("{broken")
    result = invoke(["import", name])
    assert result.exit_code == 2 and "\x1b" not in result.stderr and "\\u001b[2J" in result.stderr


def test_import_refuses_a_file_that_is_not_regular():
    result = invoke(["import", "/dev/zero"])
    assert result.exit_code == 2 and "not a regular file" in result.stderr


# -- Ctrl-C and closed pipes ----------------------------------------------------------


def env_for(home: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ, CSTOFACTS_HOME=str(home), **extra)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    return env


def test_ctrl_c_in_any_command_is_exit_130_without_a_traceback(monkeypatch, capsys):
    from cstofacts import cli as cli_module
    from cstofacts.output import render

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(render, "sources", interrupted)
    monkeypatch.setattr(sys, "argv", ["cstofacts", "sources"])
    assert cli_module.run() == 130
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.strip() == "Aborted."


def test_ctrl_c_while_waiting_for_the_lock_is_130_and_writes_nothing(user_home):
    from filelock import FileLock

    user_home.mkdir()
    path = user_home / "user.json"
    path.write_text("{}")
    with FileLock(str(path) + ".lock"):
        process = subprocess.Popen(
            [sys.executable, "-m", "cstofacts", "add", "--kind", "fact", "--text", "x", "--source-title", "T"],
            env=env_for(user_home, CSTOFACTS_LOCK_TIMEOUT="60"),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(2.0)  # well past start-up: it is waiting for the lock
        assert process.poll() is None
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert "Traceback" not in err and err.strip() == "Aborted."
    assert out == "" and path.read_text() == "{}"


@pytest.mark.parametrize("runner", ["console-script", "python -m"])
def test_a_closed_pipe_is_quiet(user_home, runner):
    script = Path(sys.executable).with_name("cstofacts")
    if runner == "console-script" and not script.exists():
        pytest.skip("no console script beside this interpreter")
    command = f'"{script}"' if runner == "console-script" else f'"{sys.executable}" -m cstofacts'
    result = subprocess.run(
        ["bash", "-c", f'{command} export | head -c 10; echo " ${{PIPESTATUS[0]}}" >&2'],
        capture_output=True,
        text=True,
        env=env_for(user_home),
        timeout=60,
    )
    assert len(result.stdout) == 10
    assert result.stderr.strip() == "0"  # nothing from cstofacts on stderr, and exit 0


def test_the_process_exits_early_with_every_byte_written_and_the_right_code(user_home, tmp_path):
    """The console script skips the interpreter's teardown (launch.exit_now): its output
    must still be whole, through a pipe and into a file, and its exit code kept."""
    expected = CliRunner().invoke(cli, ["export", "--format", "jsonl"]).stdout
    piped = subprocess.run(
        [sys.executable, "-m", "cstofacts", "export", "--format", "jsonl"],
        capture_output=True,
        text=True,
        env=env_for(user_home),
        timeout=60,
    )
    assert piped.returncode == 0 and piped.stdout == expected

    target = tmp_path / "out.jsonl"
    subprocess.run(
        ["bash", "-c", f'"{sys.executable}" -m cstofacts export --format jsonl > "{target}"'],
        env=env_for(user_home),
        timeout=60,
        check=True,
    )
    assert target.read_text("utf-8") == expected

    missing = subprocess.run(
        [sys.executable, "-m", "cstofacts", "show", "no-such-record"],
        capture_output=True,
        text=True,
        env=env_for(user_home),
        timeout=60,
    )
    assert missing.returncode == 1 and missing.stdout == ""
    assert missing.stderr.startswith("Error: ") and missing.stderr.count("\n") == 1


def test_a_record_added_by_the_console_script_is_there_for_the_next_one(user_home):
    env = env_for(user_home)
    added = subprocess.run(
        [
            sys.executable,
            "-m",
            "cstofacts",
            "add",
            "--kind",
            "fact",
            "--text",
            "The CSTO held a briefing.",
            "--source-title",
            "My notes",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert added.returncode == 0, added.stderr
    record_id = added.stdout.strip()
    shown = subprocess.run(
        [sys.executable, "-m", "cstofacts", "show", record_id, "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert shown.returncode == 0 and json.loads(shown.stdout)[0]["text"] == "The CSTO held a briefing."


@pytest.mark.parametrize("closed", [">&-", "2>&-"])
def test_a_stream_the_shell_closed_is_no_traceback(user_home, closed):
    command = f'"{sys.executable}" -m cstofacts search "khujand zebra" {closed}; echo "exit $?" >&2'
    if closed == "2>&-":
        command = f'("{sys.executable}" -m cstofacts search "khujand zebra" 2>&-; echo "exit $?")'
    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True, env=env_for(user_home), timeout=60)
    assert "Traceback" not in result.stdout + result.stderr
    assert "exit 0" in result.stdout + result.stderr


def test_db_completes_file_names(user_home):
    env = env_for(user_home, _CSTOFACTS_COMPLETE="bash_complete", COMP_WORDS="cstofacts --db ", COMP_CWORD="2")
    result = subprocess.run([sys.executable, "-m", "cstofacts"], capture_output=True, text=True, env=env, timeout=60)
    assert result.stdout.strip() == "file,"


@pytest.mark.parametrize(
    ("command", "code", "message"),
    [
        ("sources", 0, ""),  # the header alone: tabulate could not wrap the columns of no rows
        ("entities", 1, "Error: the store holds no entities\n"),
        ("timeline", 1, "Error: no dated records in the store\n"),
    ],
)
def test_an_empty_db_store_lists_nothing_without_a_traceback(tmp_path, command, code, message):
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")  # 0 bytes: an empty store, as TinyDB reads it
    result = CliRunner().invoke(cli, ["--db", str(empty), command])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    assert result.exit_code == code and result.stderr == message
