"""The property suite of test_hostile.py, for the shapes of issue 16: stores of any shape
and depth, files that are not files, endless or random stdin, any date, any CSV header,
store text that would drive a terminal. Always an exit code of the contract, one line
on stderr for an error, nothing written on failure, nothing rewritten, nothing raw."""

from __future__ import annotations

import datetime
import json
import os
import threading
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .test_hostile import FIELD, SETTINGS, TEXT, UNSAFE, invoke

# Examples holding a 100,000-character text are reported in full.
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """A scratch working directory: files the tests write land here, not in the checkout."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


READING = [
    ["search", "khujand"],
    ["show", "r1"],
    ["timeline"],
    ["export", "--format", "csv"],
    ["sources"],
    ["entities"],
    ["validate"],
    ["cite", "r1", "--format", "bibtex"],
    ["quote", "words"],
    ["check", "The Khujand border agreement was signed on 31 March 2025."],
]
WRITING = [
    ["add", "--kind", "fact", "--text", "A new note.", "--source-title", "Notes"],
    ["remove", "r1"],
    ["import", "-"],
]
ROW = json.dumps({"kind": "fact", "text": "An imported note.", "source_title": "Notes"}) + "\n"

SCALAR = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), TEXT)
JSON = st.recursive(
    SCALAR, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3), max_leaves=12
)


def nested(depth: int, inner: str = "") -> str:
    return "[" * depth + inner + "]" * depth


def plausible(record: dict, source: dict) -> str:
    return json.dumps({"sources": {"1": source}, "records": {"1": record}})


# Stores of every shape: any JSON value; a store of the right tables whose
# fields hold anything; nesting from shallow to far past the parser's limit;
# bytes that are not text.
STORE = st.one_of(
    JSON.map(json.dumps),
    st.builds(
        plausible,
        st.fixed_dictionaries(
            {
                "id": st.sampled_from(["r1", "khujand-border-agreement"]),
                "kind": st.sampled_from(["fact", "quote", "event"]),
                "text": FIELD,
                "source": st.just("s1"),
            },
            optional={"date": st.one_of(TEXT, JSON), "speaker": JSON, "entities": JSON, "locator": JSON, "extra": JSON},
        ),
        st.fixed_dictionaries({"id": st.just("s1"), "title": FIELD}, optional={"author": JSON}),
    ),
    st.integers(1, 200_000).map(lambda d: '{"records": {"1": ' + nested(d) + "}}"),
    st.integers(1, 2000).map(
        lambda d: (
            '{"records": {"1": {"id": "r1", "kind": "fact", "text": "t", "source": "s", "extra": ' + nested(d) + "}}}"
        )
    ),
    st.binary(max_size=200).map(lambda b: b.decode("latin-1")),
)


@SETTINGS
@given(content=STORE, args=st.sampled_from(READING + WRITING), where=st.sampled_from(["--db", "user"]))
def test_a_store_of_any_shape_and_depth_gives_a_contract_exit_code_and_no_traceback(
    tmp_path_factory, content, args, where
):
    home = tmp_path_factory.mktemp("home")
    home.mkdir(exist_ok=True)
    path = home / ("db.json" if where == "--db" else "user.json")
    path.write_text(content, "utf-8", errors="surrogatepass")
    before = path.read_bytes()
    os.environ["CSTOFACTS_HOME"] = str(home)
    try:
        result = invoke([*(["--db", str(path)] if where == "--db" else []), *args], input=ROW)
    finally:
        del os.environ["CSTOFACTS_HOME"]
    if result.exit_code == 4:
        assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1, result.stderr
    if result.exit_code != 0 or args[0] not in ("add", "remove", "import"):
        assert path.read_bytes() == before
    assert not UNSAFE.search(result.output.replace("\n", "").replace("\t", ""))


# Files that are no files: a FIFO with no writer, devices, a directory, links to
# them, links that lead nowhere or round in a loop.
def special(kind: str, where: Path) -> Path:
    path = where / f"{kind.replace('/', '-').strip('-')}.json"  # inside `where`, whatever the kind
    assert path.parent == where
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "directory":
        path.mkdir()
    elif kind in ("/dev/zero", "/dev/urandom", "/dev/null"):
        path.symlink_to(kind)
    elif kind == "link-to-fifo":
        os.mkfifo(where / "target-fifo")
        path.symlink_to(where / "target-fifo")
    elif kind == "dangling":
        path.symlink_to(where / "no" / "such.json")
    elif kind == "loop":
        path.symlink_to(where / "loop.json")
    return path


def within(seconds: float, run):
    """run(), which must return within `seconds` (a FIFO read without care would hang)."""
    done: list = []
    worker = threading.Thread(target=lambda: done.append(run()), daemon=True)
    worker.start()
    worker.join(seconds)
    assert done, "hung"
    return done[0]


@SETTINGS
@given(
    kind=st.sampled_from(
        ["fifo", "directory", "/dev/zero", "/dev/urandom", "/dev/null", "link-to-fifo", "dangling", "loop"]
    ),
    use=st.sampled_from(["db-read", "db-write", "check-file", "import-file", "user-store"]),
)
def test_a_file_that_is_no_regular_file_is_refused_at_once(tmp_path_factory, kind, use):
    where = tmp_path_factory.mktemp("special")
    path = special(kind, where)
    home = where / "home"
    os.environ["CSTOFACTS_HOME"] = str(home)
    if use == "user-store":
        home.mkdir()
        (home / "user.json").symlink_to(path)
    args = {
        "db-read": ["--db", str(path), "search", "khujand"],
        "db-write": ["--db", str(path), *WRITING[0]],
        "check-file": ["check", "--file", str(path)],
        "import-file": ["import", str(path)],
        "user-store": ["search", "khujand"],
    }[use]
    try:
        result = within(20, lambda: invoke(args))
    finally:
        del os.environ["CSTOFACTS_HOME"]
    if use == "user-store" and kind in ("dangling", "loop"):
        assert result.exit_code == 0  # a link to no file: no store of one's own yet, as with no link
        return
    assert result.exit_code in ((2,) if use in ("check-file", "import-file") else (4,)), result.output
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1, result.stderr


@SETTINGS
@given(
    data=st.one_of(
        st.binary(max_size=3000),
        st.integers(1, 3000).map(lambda d: nested(d).encode()),
        st.sampled_from([b"\x00" * 5000, b"\xff" * 100, b"[" * 70_000, b"kind,kind\nfact,fact\n"]),
    ),
    args=st.sampled_from(
        [
            ["import", "-"],
            ["import", "-", "--format", "json"],
            ["import", "-", "--format", "jsonl"],
            ["import", "-", "--format", "csv"],
            ["import", "-", "--dry-run"],
            ["check", "--file", "-"],
        ]
    ),
)
def test_any_bytes_on_stdin_give_a_contract_exit_code(user_home, data, args):
    (user_home / "user.json").unlink(missing_ok=True)  # (one home for every example)
    result = invoke(args, input=data)  # type: ignore[arg-type]
    if result.exit_code == 2:
        assert result.stderr.count("\n") <= 21 and result.stderr.splitlines()[-1].startswith("Error: ")
    if result.exit_code != 0 or "--dry-run" in args:
        assert not (user_home / "user.json").exists()


DATE = st.one_of(
    TEXT,
    st.from_regex(r"\A[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?\Z"),
    st.from_regex(r"\A[0-9]{1,5}(-[0-9]{1,3}(-[0-9]{1,3})?)?\Z"),
    st.dates().map(str),
)


def real(value: str) -> bool:
    """True when `value` is a real YYYY, YYYY-MM or YYYY-MM-DD date."""
    parts = value.split("-")
    if not value.isascii() or not 1 <= len(parts) <= 3 or [len(p) for p in parts] != [4, 2, 2][: len(parts)]:
        return False
    if not all(p.isdigit() for p in parts):
        return False
    try:
        datetime.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


@SETTINGS
@given(value=DATE, via=st.sampled_from(["add", "csv", "jsonl"]))
def test_a_date_is_stored_as_given_or_refused_naming_it_never_rewritten(workdir, user_home, value, via):
    (user_home / "user.json").unlink(missing_ok=True)  # (one home for every example)
    if via == "add":
        result = invoke(["add", "--kind", "event", "--text", "Held.", "--date", value, "--source-title", "T"])
    else:
        row = {"kind": "event", "text": "Held.", "date": value, "source_title": "T"}
        path = workdir / f"rows.{via}"
        if via == "csv":
            import csv

            with path.open("w", encoding="utf-8", errors="surrogatepass", newline="") as out:
                writer = csv.DictWriter(out, list(row))
                writer.writeheader()
                writer.writerow(row)
        else:
            path.write_text(json.dumps(row) + "\n", "utf-8")
        result = invoke(["import", str(path)])
    if result.exit_code == 0:
        (stored,) = json.loads((user_home / "user.json").read_text("utf-8"))["records"].values()
        assert stored["date"] == value.strip() and real(stored["date"]), (value, stored["date"])
    else:
        assert result.exit_code == 2 and ("date" in result.stderr or "field" in result.stderr), result.stderr
        assert not real(value.strip()) or via == "csv", value
        assert not (user_home / "user.json").exists()


COLUMNS = st.lists(
    st.sampled_from(["kind", "text", "source_title", "date", "speaker", "topics", "bogus", ""]), min_size=1, max_size=7
)


@SETTINGS
@given(header=COLUMNS, delimiter=st.sampled_from([",", "\t"]))
def test_a_header_that_names_a_column_twice_is_refused(workdir, user_home, header, delimiter):
    values = {
        "kind": "fact",
        "text": "Some words.",
        "source_title": "T",
        "date": "2025",
        "speaker": "Jane Roe",
        "topics": "a;b",
        "bogus": "x",
        "": "",
    }
    path = workdir / ("rows.csv" if delimiter == "," else "rows.tsv")
    path.write_text(delimiter.join(header) + "\n" + delimiter.join(values[c] for c in header) + "\n", "utf-8")
    result = invoke(["import", str(path)])
    twice = [c for c in header if header.count(c) > 1 and c]
    if twice and "" not in header:
        assert result.exit_code == 2 and "twice" in result.stderr, result.stderr
    if result.exit_code == 0:
        assert not twice


@SETTINGS
@given(
    words=TEXT,
    title=TEXT,
    speaker=TEXT,
    args=st.sampled_from(
        [
            ["cite", "r1"],
            ["cite", "r1", "--format", "bibtex"],
            ["cite", "s1", "--format", "csl-json"],
            ["cite", "r1", "--format", "markdown"],
            ["quote", "--speaker", "x"],
            ["show", "r1"],
            ["search", "words", "--min-score", "0"],
            ["export", "--format", "tsv"],
            ["entities", "--format", "markdown"],
            ["validate", "--format", "json"],
        ]
    ),
)
def test_whatever_a_store_holds_reaches_no_terminal_raw(tmp_path_factory, words, title, speaker, args):
    home = tmp_path_factory.mktemp("home")
    store = {
        "sources": {"1": {"id": "s1", "title": f"T {title}", "author": title, "outlet": title, "file": None}},
        "records": {
            "1": {
                "id": "r1",
                "kind": "quote",
                "text": f"words {words}",
                "speaker": f"S {speaker}",
                "role": speaker,
                "source": "s1",
                "entities": [f"S {speaker}"],
                "topics": [words],
            }
        },
        "entities": {"1": {"name": f"S {speaker}", "type": "person", "aliases": [title], "role": speaker}},
    }
    db = home / "db.json"
    db.write_text(json.dumps(store), "utf-8", errors="surrogatepass")
    if args[:2] == ["quote", "--speaker"]:
        args = ["quote", "--speaker", f"S {speaker}"]
    result = invoke(["--db", str(db), *args])
    assert not UNSAFE.search(result.stdout.replace("\n", "").replace("\t", "")), result.stdout
    assert not UNSAFE.search(result.stderr.replace("\n", "")), result.stderr
    for line in result.stderr.splitlines():
        assert line.startswith(("Error: ", "note: ", "Usage: ", "Try ")) or not line, result.stderr


@pytest.mark.parametrize("value", ["2025-00-10", "2025-01-00", "2025-00-31"])
def test_the_campaigns_dates_are_among_those_refused(value):
    assert not real(value)


@pytest.mark.parametrize("fmt", ["bibtex", "biblatex", "csl-json", "text", "markdown", "html"])
def test_a_blank_byline_cites_without_an_author(tmp_path, fmt):
    # hypothesis found it: an author of spaces made `cite --format bibtex` raise KeyError
    store = {
        "sources": {"1": {"id": "s1", "title": "T", "author": " ", "outlet": None, "file": None}},
        "records": {"1": {"id": "r1", "kind": "fact", "text": "words", "source": "s1", "entities": [], "topics": []}},
        "entities": {},
    }
    db = tmp_path / "db.json"
    db.write_text(json.dumps(store), "utf-8")
    result = invoke(["--db", str(db), "cite", "r1", "--format", fmt])
    assert result.exit_code == 0, result.output
    assert "author" not in result.stdout.lower(), result.stdout
    assert " ." not in result.stdout, result.stdout  # no stray full stop where the byline would be
