"""`cstofacts check CLAIM`, answered without click (cstofacts.launch): the same bytes,
on stdout and stderr, and the same exit code as click's own path gives; and every
other command line left to click."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

CLAIMS = [
    "The Khujand border agreement was signed on 31 March 2025.",  # supported
    "The Khujand border agreement was signed in Minsk.",  # refuted
    "Tasmagambetov plays the piano.",  # not enough information
    "",  # empty: exit 2
    "   ",
    "The CSTO\x1b[31m has six members",  # a control character: exit 2
    "x" * 2001,  # over the limit: exit 2
    "Кто такой Тасмагамбетов?",
]


def _run(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    environment = dict(os.environ, CSTOFACTS_HOME=str(home), **env)
    environment.pop("NO_COLOR", None)
    environment.pop("COLUMNS", None)
    environment["PYTHONPATH"] = os.pathsep.join([str(ROOT), environment.get("PYTHONPATH", "")])
    return subprocess.run([sys.executable, "-m", "cstofacts", *args], capture_output=True, env=environment, timeout=60)


def _same(plain: subprocess.CompletedProcess[bytes], by_click: subprocess.CompletedProcess[bytes]) -> None:
    assert (plain.returncode, plain.stdout, plain.stderr) == (by_click.returncode, by_click.stdout, by_click.stderr)
    assert b"Traceback" not in plain.stderr


@pytest.mark.parametrize("claim", CLAIMS)
def test_a_plain_check_prints_what_clicks_path_prints(user_home, claim):
    # --tablefmt plain is the default table's own format: the same answer, by click
    _same(_run(user_home, "check", claim), _run(user_home, "check", "--tablefmt", "plain", claim))


def test_each_verdict_keeps_its_exit_code(user_home):
    codes = [_run(user_home, "check", claim).returncode for claim in CLAIMS[:3]]
    assert codes == [0, 1, 3]


def test_a_store_given_with_db_is_the_one_checked(user_home, tmp_path):
    missing = tmp_path / "none.json"
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    for store in (missing, broken):
        plain = _run(user_home, "--db", str(store), "check", CLAIMS[0])
        assert plain.returncode == 4 and plain.stderr.startswith(b"Error: ")
        _same(plain, _run(user_home, "--db", str(store), "check", "--tablefmt", "plain", CLAIMS[0]))


def test_a_plain_check_does_not_load_click(user_home):
    probe = (
        "import sys; from cstofacts.launch import plain_check; "
        f"code = plain_check(['check', {CLAIMS[1]!r}]); "
        "sys.stderr.write(f'{code} {\"click\" in sys.modules}')"
    )
    environment = dict(os.environ, CSTOFACTS_HOME=str(user_home), PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, env=environment, timeout=60)
    assert done.stderr.decode() == "1 False"
    assert b"verdict   refuted" in done.stdout


@pytest.mark.parametrize(
    "argv",
    [
        ["check"],
        ["check", "--help"],
        ["check", "-"],
        ["check", "--json", "a claim"],
        ["check", "a claim", "--explain"],
        ["--db", "--help", "check", "a claim"],
        ["search", "Khujand"],
        ["--db=store.json", "check", "a claim"],
        [],
    ],
)
def test_any_other_command_line_is_left_to_click(argv, capsys):
    from cstofacts.launch import plain_check

    assert plain_check(argv) is None
    assert capsys.readouterr() == ("", "")


def test_shell_completion_is_left_to_click(monkeypatch, capsys):
    from cstofacts.launch import COMPLETION_VARIABLE, plain_check

    monkeypatch.setenv(COMPLETION_VARIABLE, "bash_complete")
    assert plain_check(["check", "a claim"]) is None
    assert capsys.readouterr() == ("", "")


def test_a_reader_that_goes_away_ends_it_quietly(user_home):
    environment = dict(os.environ, CSTOFACTS_HOME=str(user_home), PYTHONPATH=str(ROOT))
    done = subprocess.run(
        ["bash", "-c", f'"{sys.executable}" -m cstofacts check "{CLAIMS[0]}" | head -c 5; echo " ${{PIPESTATUS[0]}}"'],
        capture_output=True,
        env=environment,
        timeout=60,
    )
    assert done.stdout == b"claim 0\n" and done.stderr == b""


@pytest.mark.parametrize("encoding", ["", "utf-8:strict"])
def test_a_claim_that_is_not_utf8_is_one_clear_error(user_home, encoding):
    extra = {"PYTHONIOENCODING": encoding} if encoding else {}
    for args in (["check", b"The CSTO \xff has six members"], ["check", "--tablefmt", "plain", b"The CSTO \xff"]):
        done = _run(user_home, *args, **extra)  # type: ignore[arg-type]
        assert done.returncode == 2
        assert done.stderr == b"Error: the claim is not UTF-8 text\n" and done.stdout == b""
