"""The command line as a user meets it: exit codes, streams, formats, errors."""

from __future__ import annotations

import csv
import io
import json

import pytest

from cstofacts.cli import cli


def test_search_finds_the_khujand_agreement_first(invoke):
    result = invoke("search", "khujand", "--format", "json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert rows[0]["id"] == "khujand-border-agreement"
    assert rows[0]["date"] == "2025-03-31"
    assert rows[0]["source"]["id"] == "allies-csto-2023-2025"
    assert 0 <= rows[0]["score"] <= 100


def test_json_records_carry_the_contract_keys(invoke):
    record = json.loads(invoke("show", "khujand-border-agreement", "-f", "json").stdout)[0]
    for key in (
        "id",
        "kind",
        "text",
        "date",
        "date_end",
        "place",
        "speaker",
        "entities",
        "topics",
        "source",
        "locator",
    ):
        assert key in record
    assert set(record["source"]) >= {"id", "title", "author", "outlet"}
    assert set(record["locator"]) == {"paragraph", "start", "end", "highlight_start", "highlight_end"}
    assert record["highlight"] in record["evidence"]  # the narrower phrase, inside the whole sentences


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv", "tsv", "markdown"])
def test_search_prints_every_format(invoke, fmt):
    result = invoke("search", "Dostuk order", "--format", fmt)
    assert result.exit_code == 0
    assert "tasmagambetov-awarded-dostuk-order" in result.stdout
    assert "\x1b" not in result.stdout


def test_csv_parses_with_the_csv_module(invoke):
    rows = list(csv.DictReader(io.StringIO(invoke("export", "--format", "csv").stdout)))
    assert len(rows) > 100 and {"id", "kind", "text", "source", "start", "end"} <= set(rows[0])


def test_jsonl_is_one_object_per_line(invoke):
    lines = invoke("export", "--format", "jsonl", "--kind", "quote").stdout.splitlines()
    assert lines and all(json.loads(line)["kind"] == "quote" for line in lines)


@pytest.fixture
def pipes_db(tmp_path):
    """A store whose one record's text holds a pipe, which tables must escape."""
    db = tmp_path / "pipes.json"
    store = {
        "sources": {"1": {"id": "s", "title": "T"}},
        "records": {"1": {"id": "r", "kind": "fact", "text": "a | b", "source": "s"}},
        "entities": {},
    }
    db.write_text(json.dumps(store))
    return str(db)


@pytest.mark.parametrize("table", [["--format", "markdown"], ["-f", "table", "--tablefmt", "github"]])
def test_tables_escape_pipes(invoke, pipes_db, table):
    out = invoke("--db", pipes_db, "export", *table).stdout
    assert "a \\| b" in out


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["search", ""], 2, "the query is empty"),
        (["search", "   "], 2, "the query is empty"),
        (["search", "x" * 5000], 2, "the limit is 2,000"),
        (["search", "the of and"], 1, "only common words"),
        (["search", "CSTO"], 1, "every record is about the CSTO; add a word"),
        (["search", "qwxzv plorkt"], 1, "no records match"),
        (["search", "bad\x1b[2Jquery"], 2, "control characters"),
        (["show", "no-such-record"], 1, "no record with id 'no-such-record'"),
        (["timeline", "--from", "2024-13"], 2, "not a real date"),
        (["timeline", "--from", "2025", "--to", "2023"], 2, "is after --to"),
        (["search", "khujand", "--source", "nope"], 1, "no source with id 'nope'"),
        (["search", "khujand", "--source", "izv\x1b[31m"], 2, "control characters"),
        (["search", "armenia", "--speaker", "nobody"], 1, "no records pass the filters (--speaker nobody)"),
        (["search", "khujand", "--explain", "-f", "csv"], 2, "--explain prints a table, json or jsonl"),
        (["export", "-f", "table", "--tablefmt", "nosuch"], 2, "'nosuch' is not a tabulate format"),
        (["entities", "--type", "states"], 2, "'states' is not one of"),
        (["timeline", "--kind", "quote"], 1, "no dated records pass the filters (--kind quote)"),
        (["show", "khujand-bordr-agreement"], 1, "did you mean khujand-border-agreement?"),
    ],
)
def test_bad_input_gets_one_line_and_the_contract_code(invoke, args, code, message):
    result = invoke(*args)
    assert result.exit_code == code
    assert result.stdout == ""
    assert message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"\xff\xfe\x00garbage",
        b"[1, 2, 3]",
        b'{"records": {"1": {"text": "no id"}}}',
        b'{"records": {"1": {"id": 5, "kind": "fact", "text": "x", "source": "s"}}}',
        b'{"records": {"1": {"id": "a", "kind": "fact", "text": null, "source": "s"}}}',
        b'{"records": {"1": {"id": "a", "kind": "fact", "text": "t", "source": "s", "entities": [1]}}}',
        b'{"records": {"1": {"id": "a", "kind": "fact", "text": "t", "source": "s", "locator": {"start": "x"}}}}',
    ],
)
@pytest.mark.parametrize("command", [["search", "khujand"], ["validate"], ["check", "Rock-2023 was held in 2023."]])
def test_a_corrupt_store_is_exit_4_naming_the_file(invoke, tmp_path, content, command):
    db = tmp_path / "broken.json"
    db.write_bytes(content)
    result = invoke("--db", str(db), *command)
    assert result.exit_code == 4
    assert str(db) in result.stderr
    assert db.read_bytes() == content


def test_a_missing_store_is_exit_4(invoke, tmp_path):
    result = invoke("--db", str(tmp_path / "absent.json"), "sources")
    assert result.exit_code == 4
    assert "store not found" in result.stderr


def test_validate_passes_on_the_bundled_store(invoke):
    result = invoke("validate")
    assert result.exit_code == 0
    assert " 0 problems" in result.stdout


def test_validate_fails_on_a_store_with_problems(invoke, tmp_path):
    db = tmp_path / "bad.json"
    store = {
        "sources": {"1": {"id": "s", "title": "T"}},
        "records": {
            "1": {"id": "r", "kind": "quote", "text": "words", "source": "s", "date": "2025-02-30"},
            "2": {"id": "r", "kind": "fact", "text": "x", "source": "missing"},
            "3": {"id": "undated", "kind": "event", "text": "Something happened.", "source": "s"},
        },
        "entities": {},
    }
    db.write_text(json.dumps(store))
    result = invoke("--db", str(db), "validate")
    assert result.exit_code == 1
    assert "r: id used by 2 records" in result.stdout
    assert "a quote must name its speaker" in result.stdout
    assert "not a real date" in result.stdout
    assert "source 'missing' does not exist" in result.stdout
    assert "undated: an event must have a date" in result.stdout


def test_timeline_is_in_date_order_and_honours_the_range(invoke):
    rows = json.loads(invoke("timeline", "--from", "2024", "--to", "2024", "-f", "json").stdout)
    assert rows
    assert all(r["date"][:4] == "2024" and (r["date_end"] or r["date"])[:4] == "2024" for r in rows)
    assert "un-general-assembly-resolution-csto-cooperation" in {r["id"] for r in rows}
    starts = [r["date"] for r in rows]
    assert starts == sorted(starts, key=lambda d: (d + "-01-01")[:10])


def test_a_range_keeps_records_dated_within_it_not_coarser_ones(invoke):
    rows = json.loads(invoke("timeline", "--from", "2025-03-31", "--to", "2025-03-31", "-f", "json").stdout)
    assert [r["id"] for r in rows] == ["khujand-border-agreement"]
    march = {
        r["date"] for r in json.loads(invoke("timeline", "--from", "2025-03", "--to", "2025-03", "-f", "json").stdout)
    }
    assert march == {"2025-03-31"}
    year = {r["date"] for r in json.loads(invoke("timeline", "--from", "2025", "--to", "2025", "-f", "json").stdout)}
    assert {"2025", "2025-03-31", "2025-05-28", "2025-09-03"} <= year


def test_show_context_marks_the_evidence(invoke):
    out = " ".join(invoke("show", "khujand-border-agreement", "--context").stdout.split())  # (wrapped to the width)
    assert "[[the signing on March 31, 2025, in Khujand" in out  # the highlight, inside its sentence
    assert "Bilateral consultations held in 2024-2025" in out


def test_entities_finds_an_exercise_by_its_other_name(invoke):
    rows = json.loads(invoke("entities", "Enduring Brotherhood", "-f", "json").stdout)
    assert [r["name"] for r in rows] == ["Unbreakable Brotherhood – 2023"]
    assert rows[0]["records"] >= 2


def test_sources_lists_five_articles(invoke):
    rows = json.loads(invoke("sources", "-f", "json").stdout)
    assert len(rows) == 5
    assert all(r["records"] > 0 for r in rows)


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_with_an_example(invoke, name):
    result = invoke(name, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout


def test_version(invoke):
    from cstofacts import __version__

    assert invoke("--version").stdout.strip().endswith(__version__)


def test_show_prints_the_records_it_finds_and_names_the_missing_ones(invoke):
    result = invoke("show", "khujand-border-agreement", "no-such-id", "-f", "json")
    assert [r["id"] for r in json.loads(result.stdout)] == ["khujand-border-agreement"]
    assert result.exit_code == 1
    assert "no record with id 'no-such-id'" in result.stderr


@pytest.mark.parametrize("fmt", ["markdown", "csv", "json"])
def test_show_context_reaches_every_format(invoke, fmt):
    out = invoke("show", "khujand-border-agreement", "--context", "-f", fmt).stdout
    marked = "[[the signing on March 31, 2025"
    if fmt == "markdown":  # escaped, so that the brackets show as written
        marked = marked.replace("[", "\\[")
    if fmt == "json":  # data: the paragraph as the source prints it, unmarked
        (record,) = json.loads(out)
        assert "[[" not in record["context"] and record["evidence"] in record["context"]
        return
    assert marked in out


def test_a_corrupt_user_store_says_how_to_recover(invoke, user_home):
    user_home.mkdir(parents=True, exist_ok=True)
    (user_home / "user.json").write_text("{broken")
    result = invoke("search", "khujand")
    assert result.exit_code == 4
    assert "move it aside to start a new store" in result.stderr
    assert (user_home / "user.json").read_text() == "{broken"


def test_validate_flags_a_user_quote_citing_a_bundled_source(invoke, user_home):
    user_home.mkdir(parents=True, exist_ok=True)
    quote = {
        "id": "mine",
        "kind": "quote",
        "text": "words",
        "speaker": "Imangali Tasmagambetov",
        "source": "tass-tokayev-calm",
        "entities": [],
    }
    (user_home / "user.json").write_text(json.dumps({"records": {"1": quote}}))
    result = invoke("validate")
    assert result.exit_code == 1
    assert "mine: a quote of your own must cite a source of your own" in result.stdout


def test_output_that_cannot_be_written_is_one_line_and_exit_1():
    import subprocess
    import sys

    from .conftest import ROOT

    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "cstofacts", "search", "armenia"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
    assert result.returncode == 1
    assert result.stderr.strip() == "Error: cannot write the output: No space left on device"


def test_a_reader_that_goes_away_is_exit_0_whatever_the_timing():
    import subprocess
    import sys

    from .conftest import ROOT

    for _ in range(3):
        run = subprocess.run(
            f'"{sys.executable}" -m cstofacts search armenia | true; exit ${{PIPESTATUS[0]}}',
            shell=True,
            executable="/bin/bash",
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        assert (run.returncode, run.stderr) == (0, "")


def test_a_source_id_given_to_show_points_to_cite(invoke):
    result = invoke("show", "izvestia-tasmagambetov-interview")
    assert result.exit_code == 1
    assert (
        "is a source, not a record" in result.stderr
        and "cstofacts cite izvestia-tasmagambetov-interview" in result.stderr
    )


def test_cite_suggests_the_nearest_id(invoke):
    result = invoke("cite", "khujand-border-agreemnt")
    assert result.exit_code == 1
    assert "did you mean khujand-border-agreement?" in result.stderr


def test_a_search_the_filters_empty_says_so(invoke):
    result = invoke("search", "defence ministers", "--speaker", "Tokayev")
    assert result.exit_code == 1
    assert "among the records the filters keep (--speaker Tokayev)" in result.stderr


@pytest.mark.parametrize(
    ("command", "query", "unheard"),
    [
        ("search", "zebra migration", "'zebra'"),
        ("search", "Lukashenko CSTO summit", "'Lukashenko'"),
        ("quote", "zebra migration", "'zebra'"),
    ],
)
def test_a_word_no_record_has_is_named_on_stderr(invoke, command, query, unheard):
    result = invoke(command, query, "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)  # the rest of the query still finds records
    assert result.stderr == f"note: no record has {unheard}; the results match the rest of the query\n"


@pytest.mark.parametrize(
    ("query", "first"),
    [
        # typos the stemmer cannot cut short as it cuts the word: "agreement" is stored as "agre"
        ("Khujand border agreemnt", "khujand-border-agreement"),
        ("15 documets signed", "csto-summit-15-documents-signed"),
    ],
)
def test_a_misspelt_word_still_counts_and_is_not_called_unheard(invoke, query, first):
    result = invoke("search", query, "--format", "json")
    assert json.loads(result.stdout)[0]["id"] == first
    assert result.stderr == ""


def test_a_word_that_only_begins_with_a_stem_is_no_typo_of_it(invoke):
    # "Chinatown" begins with "china" (Institute of China), but is no form of it.
    result = invoke("search", "Chinatown")
    assert result.exit_code == 1 and result.stdout == ""


@pytest.mark.parametrize(
    ("typed", "hint"),
    [
        ("serch", " (Did you mean 'search'?)"),
        ("exprot", " (Did you mean 'export'?)"),
        ("zzzz", ""),
    ],
)
def test_a_mistyped_command_gets_one_error_line_with_the_nearest_name(invoke, typed, hint):
    result = invoke(typed, "khujand")
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert errors == [f"Error: No such command '{typed}'.{hint}"]


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["serch", "x"], "Error: No such command 'serch'. (Did you mean 'search'?) (see 'cstofacts --help')"),
        (["search"], "Error: Missing argument 'QUERY'. (see 'cstofacts search --help')"),
        (
            ["check"],
            "Error: give either CLAIM or --file PATH, not both and not neither (see 'cstofacts check --help')",
        ),
        (
            ["check", "-"],
            "Error: '-' is no claim; to read claims from stdin, give --file - (see 'cstofacts check --help')",
        ),
    ],
)
def test_a_usage_error_is_one_line_on_stderr_with_where_help_is(user_home, args, line):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "cstofacts", *args], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [line]
    assert done.stdout == ""


@pytest.mark.parametrize("args", [[], ["source"]])
def test_a_group_run_with_nothing_to_do_prints_its_help(user_home, args):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "cstofacts", *args], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stdout.startswith(f"Usage: cstofacts {' '.join(args)}".rstrip() + " [OPTIONS] COMMAND")
    assert "\\u000a" not in done.stdout and done.stderr == ""


def test_the_weak_match_hint_only_when_there_is_a_weak_match(invoke, user_home):
    # a word no record holds at all: nothing weaker to show, so no hint to ask for it
    none = invoke("search", "Lukashenko")
    assert none.exit_code == 1 and "--min-score 0" not in none.stderr
    # a long query whose best record is under the cut-off: the hint leads somewhere
    weak = invoke("search", "gun smuggling into CSTO countries")
    assert weak.exit_code == 1 and "--min-score 0 shows the best" in weak.stderr
    assert invoke("search", "gun smuggling into CSTO countries", "--min-score", "0").exit_code == 0
