"""What a user installs: the wheel carries the data, and starting up stays light."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest

from .conftest import ROOT


@pytest.mark.slow
def test_wheel_contains_the_store_and_every_source(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
        ],
        check=True,
    )
    (wheel,) = tmp_path.glob("cstofacts-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "cstofacts/data/cstofacts.json" in names
    shipped = {n.rsplit("/", 1)[-1] for n in names if n.startswith("cstofacts/data/sources/")}
    assert shipped == {p.name for p in (ROOT / "data" / "sources").glob("*.txt")}
    assert len(shipped) == 5
    # The lexicon that check and search read, with the licences of what it is distilled from.
    assert {
        "cstofacts/data/lexicon/lexicon.tsv",
        "cstofacts/data/lexicon/lexicon.idx",
        "cstofacts/data/lexicon/NOTICE",
        "cstofacts/data/lexicon/russian_stop_words.txt",
        "cstofacts/data/lexicon/russian_glossary.tsv",
        "cstofacts/data/lexicon/polarity.tsv",
    } <= set(names)


def test_help_imports_none_of_the_heavy_modules():
    code = (
        "import sys, cstofacts.cli as c; "
        "print([m for m in ('tinydb', 'thefuzz', 'rapidfuzz', 'tabulate') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_python_dash_m_runs_the_cli():
    result = subprocess.run([sys.executable, "-m", "cstofacts", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and "cstofacts" in result.stdout


def _command_modules_loaded_by(*args: str) -> str:
    code = (
        "import sys; from cstofacts.cli import cli; "
        f"cli.main({list(args)!r}, standalone_mode=False); "
        "print([m for m in sys.modules if m.startswith('cstofacts.commands.') and m != 'cstofacts.commands.common'], file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return result.stderr.strip()


def test_a_lookup_loads_only_its_own_commands():
    assert _command_modules_loaded_by("search", "khujand", "-f", "json") == "['cstofacts.commands.lookup']"


def test_help_lists_every_command_lazy_or_not():
    from cstofacts.cli import LAZY_COMMANDS

    out = subprocess.run(
        [sys.executable, "-m", "cstofacts", "--help"], capture_output=True, text=True, check=True
    ).stdout
    for name in ["search", "show", "timeline", "entities", "sources", "export", "validate", *LAZY_COMMANDS]:
        assert f"  {name} " in out, name


def test_help_does_not_import_the_lazy_commands_and_their_summaries_are_current():
    from cstofacts.cli import LAZY_COMMANDS, cli

    assert _command_modules_loaded_by("--help") == "[]"
    for name, (_, summary) in LAZY_COMMANDS.items():
        assert cli.commands[name].help.strip().splitlines()[0] == summary, name


def test_a_check_and_a_search_for_scripts_import_neither_textwrap_nor_pickle():
    # textwrap's patterns (2 ms) and pickle's module (3 ms) are start-up a lookup needs
    # not pay (a search's table is tabulate's, which imports textwrap itself)
    for args in (["check", "The CSTO has six member states."], ["search", "khujand", "-f", "json"]):
        code = (
            "import sys; from cstofacts.cli import cli\n"
            "try:\n"
            f"    cli.main({args!r}, standalone_mode=False)\n"
            "finally:\n"
            "    print([m for m in ('textwrap', 'pickle') if m in sys.modules], file=sys.stderr)"
        )
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert result.stderr.strip().splitlines()[-1] == "[]", result.stderr
