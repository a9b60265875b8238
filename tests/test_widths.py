"""Every command's table fits the width: on a pipe (COLUMNS) and on a real terminal,
at 80 and 60 columns; long ids cut with … only on a terminal; records stacked as
`field: value` lines when no table fits."""

from __future__ import annotations

import json
import re
import sys

import click
import pytest

from cstofacts.cli import cli

from .conftest import ROOT
from .test_output import _on_terminal

DRAFT = str(ROOT / "tests" / "fixtures" / "draft.md")

# Each command that prints a table, as a person would first type it (its default
# format), and, where the default is no table, with --format table.
TABLES = {
    "search": ["search", "khujand"],
    "show": ["show", "khujand-border-agreement", "brothers-in-arms-2022-exercise"],
    "show --context": ["show", "khujand-border-agreement", "--context"],
    "timeline": ["timeline"],
    "entities": ["entities"],
    "sources": ["sources"],
    "check": ["check", "The Khujand border agreement was signed on 31 March 2024"],
    "check --explain": ["check", "The Khujand border agreement was signed on 31 March 2024", "--explain"],
    "check --file": ["check", "--file", DRAFT],
    "search --explain": ["search", "tokaev", "--kind", "fact", "--explain", "--limit", "3"],
    "quote": ["quote", "armenia", "--limit", "3", "--format", "table"],
    "export": ["export", "--format", "table", "--limit", "20"],
    "ingest": ["ingest", "allies-csto-2023-2025", "--format", "table"],
}
WIDTHS = (80, 60)


def _widest(text: str) -> int:
    return max([len(line) for line in text.splitlines()] or [0])


def test_every_command_that_prints_a_table_is_checked():
    with_table = set()
    for name in cli.list_commands(click.Context(cli)):
        command = cli.get_command(click.Context(cli), name)
        formats = [p for p in command.params if p.name == "fmt" and isinstance(p.type, click.Choice)]
        if formats and "table" in formats[0].type.choices:
            with_table.add(name)
    assert with_table == {args[0] for args in TABLES.values()}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", sorted(TABLES))
def test_no_line_is_wider_than_columns_on_a_pipe(invoke, monkeypatch, name, width):
    monkeypatch.setenv("COLUMNS", str(width))
    result = invoke(*TABLES[name])
    assert result.stdout.strip(), result.stderr
    assert _widest(result.stdout) <= width, result.stdout


@pytest.mark.parametrize("tablefmt", ["grid", "psql", "fancy_grid"])
@pytest.mark.parametrize("args", [["--file", DRAFT], ["The Khujand border agreement was signed on 31 March 2024"]])
def test_a_checks_grid_table_fits_80_columns_on_a_pipe(invoke, monkeypatch, args, tablefmt):
    # when no table of columns fits, each verdict is a table of its own; an id stays
    # whole on a pipe, so the narrowest width a grid keeps is the longest id's
    monkeypatch.setenv("COLUMNS", "80")
    assert _widest(invoke("check", *args, "--tablefmt", tablefmt).stdout) <= 80


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", ["search", "show --context", "timeline", "entities", "sources", "check --file"])
def test_no_line_is_wider_than_the_terminal(name, width):
    out = _on_terminal(width, *TABLES[name]).replace("\r", "")
    assert out.strip()
    assert _widest(out) <= width, out


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_a_terminal_cuts_long_ids_and_a_pipe_or_a_format_keeps_them_whole(invoke, monkeypatch):
    long_id = "kazakhstan-scenario-january-2022"
    on_terminal = _on_terminal(60, "timeline")
    assert long_id not in on_terminal and re.search(r"^kazakhstan-scen\S*…", on_terminal, re.MULTILINE)
    monkeypatch.setenv("COLUMNS", "60")
    for fmt in ("tsv", "json", "table"):
        assert long_id in invoke("timeline", "--format", fmt).stdout, fmt
    assert "…" not in invoke("timeline").stdout


def test_columns_give_way_least_needed_first(invoke, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    assert invoke("search", "khujand").stdout.split("\n")[0].split() == [
        "score",
        "id",
        "kind",
        "date",
        "text",
        "speaker",
    ]
    monkeypatch.setenv("COLUMNS", "80")
    assert invoke("search", "khujand").stdout.split("\n")[0].split() == ["id", "date", "text"]


def test_when_no_table_fits_each_record_is_field_value_lines(invoke, monkeypatch):
    monkeypatch.setenv("COLUMNS", "50")  # a 32-character id and 20 of text would not fit
    out = invoke("timeline", "--limit", "2").stdout
    blocks = out.split("\n\n")
    assert len(blocks) == 2 and _widest(out) <= 50
    assert blocks[0].startswith("id:   kazakhstan-scenario-january-2022\nkind: event\ndate: 2022-01\n")
    assert re.search(r"^text: The article refers to .*\n {6}\S", blocks[0], re.MULTILINE)  # wrapped beside its label


def test_text_wraps_at_spaces_only(invoke, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    out = invoke("timeline", "--from", "2022-09", "--to", "2022-10").stdout
    words = " ".join(out.split())
    assert "Brothers-in-Arms" in words  # not broken at its hyphens
    rows = json.loads(invoke("timeline", "--from", "2022-09", "--to", "2022-10", "-f", "json").stdout)
    for row in rows:
        assert " ".join(row["text"].split()) in words


@pytest.mark.parametrize("width", WIDTHS)
def test_show_context_wraps_the_paragraph_to_the_width(invoke, monkeypatch, width):
    monkeypatch.setenv("COLUMNS", str(width))
    out = invoke("show", "khujand-border-agreement", "--context").stdout
    paragraph = out.split("\n\n", 1)[1]
    assert "[[the signing on March 31, 2025, in Khujand" in " ".join(paragraph.split())
    assert len(paragraph.splitlines()) > 3 and _widest(paragraph) <= width


HELPS = [
    *[[name] for name in ("search", "quote", "show", "cite", "timeline", "check", "add", "remove", "import")],
    *[[name] for name in ("export", "validate", "ingest", "entities", "sources", "source")],
    ["source", "add"],
    ["source", "remove"],
    [],
]


@pytest.mark.parametrize("command", HELPS, ids=[" ".join(c) or "cstofacts" for c in HELPS])
def test_every_help_fits_80_columns(invoke, monkeypatch, command):
    # options, their choices and the examples a user copies: none wider than a terminal
    monkeypatch.setenv("COLUMNS", "80")
    result = invoke(*command, "--help")
    assert result.exit_code == 0 and _widest(result.stdout) <= 80


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_quote_verify_wraps_its_report_on_a_terminal_and_keeps_the_words_to_paste_whole(invoke):
    args = ("quote", "--verify", "soft alliance is a strong point of our organization")
    out = _on_terminal(80, *args).replace("\r", "")
    paste = "soft alliance — meaning, above all, the absence of so-called rigid bloc discipline — is a strong point"
    long_lines = [line for line in out.splitlines() if len(line) > 80]
    assert long_lines and all(paste in line for line in long_lines), long_lines  # only the words to paste
    assert out.startswith("NEAR: ") and "\n  " in out.split("\n\n")[0]  # the verdict wrapped, hanging
    # on a pipe, every line whole (for grep and scripts)
    piped = invoke(*args).stdout
    assert piped.splitlines()[0].endswith("in a quote of Imangali Tasmagambetov")
