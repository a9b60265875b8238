from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from cstofacts.cli import LAZY_COMMANDS, cli

# The CLI imports these on demand; tests that walk `cli.commands` want them all.
for _module in sorted({module for module, _ in LAZY_COMMANDS.values()}):
    __import__(_module)

ROOT = Path(__file__).resolve().parent.parent
STORE = ROOT / "data" / "cstofacts.json"


def pytest_configure(config: pytest.Config) -> None:
    # Module- and session-scoped fixtures load stores before the per-test home
    # below exists: never let them see the real user's data or cache.
    os.environ["CSTOFACTS_HOME"] = tempfile.mkdtemp(prefix="cstofacts-tests-")


@pytest.fixture(autouse=True)
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets an empty user data directory of its own."""
    home = tmp_path / "home"
    monkeypatch.setenv("CSTOFACTS_HOME", str(home))
    monkeypatch.delenv("NO_COLOR", raising=False)
    return home


@pytest.fixture
def invoke():
    runner = CliRunner()

    def run(*args: str, input: str | None = None):
        return runner.invoke(cli, list(args), input=input, catch_exceptions=False)

    return run


@pytest.fixture(scope="session")
def bundled() -> dict:
    return json.loads(STORE.read_text("utf-8"))
