"""The bundled store's bytes are the same after the whole suite has run every command.

The checksum is taken when this module is imported, at collection, before any
test runs; a session-scoped fixture compares it again when the session ends,
after every other test module, whatever order they ran in.
"""

from __future__ import annotations

import hashlib

import pytest
from click.testing import CliRunner

from cstofacts.cli import cli

from .conftest import STORE


def checksum() -> str:
    return hashlib.sha256(STORE.read_bytes()).hexdigest()


AT_COLLECTION = checksum()


@pytest.fixture(scope="session")
def unchanged_at_session_end():
    yield
    # Session fixtures are torn down after the last test of the session.
    assert checksum() == AT_COLLECTION, f"{STORE} was modified during the test run"


def test_every_command_leaves_the_bundled_store_as_it_was(unchanged_at_session_end, tmp_path):
    runner = CliRunner()
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"kind": "fact", "text": "Mine.", "source_title": "Notes"}\n', "utf-8")
    for name in sorted(cli.commands):
        args = {
            "add": ["add", "--kind", "fact", "--text", "Mine too.", "--source-title", "Notes"],
            "import": ["import", str(rows)],
            "remove": ["remove", "khujand-border-agreement"],
            "show": ["show", "khujand-border-agreement"],
            "search": ["search", "khujand"],
            "check": ["check", "Tajikistan, Kyrgyzstan and Uzbekistan signed a border agreement in Khujand"],
            "cite": ["cite", "khujand-border-agreement"],
            "quote": ["quote", "tasmagambetov"],
            "entities": ["entities", "CSTO"],
        }.get(name, [name])
        result = runner.invoke(cli, args)
        assert result.exception is None or isinstance(result.exception, SystemExit), (name, result.exc_info)
        for write in (
            ["--db", str(STORE), "add", "--kind", "fact", "--text", "x", "--source-title", "T"],
            ["--db", str(STORE), "remove", "khujand-border-agreement"],
        ):
            assert runner.invoke(cli, write).exit_code == 4
    assert checksum() == AT_COLLECTION
