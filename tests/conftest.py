from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from cstofacts.cli import LAZY_COMMANDS, cli

# The group finds each command when it runs; tests that walk `cli.commands` want
# them all, found the same way.
for _name in LAZY_COMMANDS:
    cli.get_command(None, _name)

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
    monkeypatch.delenv("COLUMNS", raising=False)  # tables are 100 wide off a terminal, whatever the shell says
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


# Every character that is markup somewhere: LaTeX, HTML, Markdown, reST.
SPECIAL = 'Costs rose 5% & $10 #1 _now_ {a} ~b ^c \\d <e> "f" | g — “typographic” ‘quotes’ -- ok [sic]'

TINY_STORE = {
    "sources": {
        "1": {
            "id": "odd-source",
            "title": 'Tricky & "odd" <title> 100% {x}',
            "author": None,
            "outlet": "The $ Times #1",
            "date": "2024-05-06",
            "url": "https://example.org/a?b=1&c=2",
            "reported_by": [],
        },
        "2": {
            "id": "allies-review",
            "title": "CSTO has proven its ability",
            "author": "Арестова Татьяна",
            "outlet": None,
            "reported_by": ["Allies. CSTO"],
        },
        "3": {
            "id": "interview-page",
            "title": "The Secretary General — on allies’ troops",
            "author": None,
            "outlet": None,
            "reported_by": ["Izvestia", "Cronos.Asia"],
        },
    },
    "records": {
        "1": {
            "id": "special-chars-quote",
            "kind": "quote",
            "text": SPECIAL,
            "speaker": "Jane Roe",
            "role": "Analyst",
            "source": "odd-source",
            "locator": {"paragraph": 3, "start": 0, "end": 10},
        },
        "2": {
            "id": "dynamics-quote",
            "kind": "quote",
            "speaker": "Kirill Babaev",
            "role": None,
            "text": "The dynamics of the CSTO's activities... indicates its significance",
            "source": "allies-review",
            "locator": {"paragraph": 20, "start": 5, "end": 90},
        },
        "3": {
            "id": "soft-alliance-quote",
            "kind": "quote",
            "speaker": "Imangali Tasmagambetov",
            "role": "CSTO Secretary General",
            "source": "interview-page",
            "text": "2022. What we call soft alliance — meaning the absence of rigid bloc discipline — is a strong point.",
            "locator": {"paragraph": 15, "start": 0, "end": 99},
        },
        "4": {
            "id": "a-fact",
            "kind": "fact",
            "speaker": "Jane Roe",
            "text": "Jane Roe said costs rose.",
            "source": "odd-source",
        },
    },
    "entities": {},
}


@pytest.fixture
def tiny_db(tmp_path: Path) -> str:
    """A --db store of odd sources and quotes, for the quote and cite formats."""
    db = tmp_path / "tiny.json"
    db.write_text(json.dumps(TINY_STORE, ensure_ascii=False), "utf-8")
    return str(db)
