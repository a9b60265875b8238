"""`timeline --format mermaid`: the golden text, and what Mermaid's own parser
(run under node, installed by .ci/run into tests/mermaid) reads in it: every
record an event under its date, its words intact, colons and markup included."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from cstofacts.cli import cli

from .conftest import ROOT
from .snapshot import assert_snapshot
from .test_timeline_picture import _crowd

MINI = str(ROOT / "tests" / "fixtures" / "mini.json")
PARSER = ROOT / "tests" / "mermaid" / "parse.mjs"
MERMAID = ROOT / "tests" / "mermaid" / "node_modules" / "mermaid"


def test_mermaid_golden(invoke):
    result = invoke("--db", MINI, "timeline", "--format", "mermaid")
    assert result.exit_code == 0
    assert_snapshot(result.stdout, "timeline_mermaid.txt")


def test_a_fenced_block_with_a_section_a_year_and_a_period_a_date(invoke):
    lines = invoke("timeline", "--to", "2023", "-f", "mermaid").stdout.splitlines()
    assert lines[:3] == ["```mermaid", "timeline", "    title CSTO timeline (--to 2023)"]
    assert lines[-1] == "```"
    assert [line.strip() for line in lines if line.strip().startswith("section")] == ["section 2022", "section 2023"]
    assert any(line.startswith("        September–October 2022 : The strategic exercise") for line in lines)
    # Records of one date are events of one period.
    assert sum(line.startswith("        2023 : ") for line in lines) == 1
    assert sum(line.startswith("        : ") for line in lines) == 5


def test_what_mermaid_would_misread_is_written_as_entity_codes(invoke, tmp_path: Path):
    store = tmp_path / "odd.json"
    store.write_text(json.dumps(_crowd(), ensure_ascii=False), "utf-8")
    out = invoke("--db", str(store), "timeline", "-f", "mermaid").stdout
    assert ": “Words#58; said #38; done; #35;1 ]]#62; \\u001b[31m” — Jane Roe" in out
    assert "#60;script#62;alert(1)#60;/script#62;" in out
    assert "Same day 0#58; The Council" in out


BROKEN = "```mermaid\ntimeline\n    title T\n    2023 :: two colons\n```\n"


@pytest.fixture(scope="module")
def parsed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[list[dict], dict]]:
    """The bundled timeline, an odd one and a broken block, read by Mermaid in
    one node process (loading Mermaid takes a second or two): for each, the
    records (JSON) and what Mermaid made of the block."""
    node = shutil.which("node")
    if node is None or not MERMAID.is_dir():
        pytest.skip("node and tests/mermaid/node_modules are needed (npm install --prefix tests/mermaid)")
    odd = tmp_path_factory.mktemp("mermaid") / "odd.json"
    crowd = _crowd()
    crowd["records"]["1"]["text"] = "A colon at the end:"
    odd.write_text(json.dumps(crowd, ensure_ascii=False), "utf-8")
    runner = CliRunner()
    cases = {"bundled": (), "odd": ("--db", str(odd))}
    records = {
        name: json.loads(runner.invoke(cli, [*args, "timeline", "-f", "json"]).stdout) for name, args in cases.items()
    }
    blocks = [runner.invoke(cli, [*args, "timeline", "-f", "mermaid"]).stdout for args in cases.values()]
    result = subprocess.run(
        [node, str(PARSER)],
        input=json.dumps([*blocks, BROKEN]),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    models = json.loads(result.stdout)
    return {**{name: (records[name], model) for name, model in zip(cases, models)}, "broken": ([], models[-1])}


def _expected_events(records: list[dict]) -> list[str]:
    events = []
    for r in records:
        words = f"“{r['text']}”" if r["kind"] == "quote" else r["text"]
        words += f" — {r['speaker']}" if r["speaker"] else ""
        events.append(" ".join(words.split()))  # on one line, as Markdown needs it
    return events


@pytest.mark.parametrize("store", ["bundled", "odd"])
def test_mermaid_parses_every_record_as_an_event_with_its_words_intact(parsed, store):
    records, model = parsed[store]
    assert "error" not in model, model
    assert model["type"] == "timeline" and model["title"] == "CSTO timeline"
    events = [event for task in model["tasks"] for event in task["events"]]
    assert events == [e.replace("\x1b", "\\u001b") for e in _expected_events(records)]
    assert model["sections"] == sorted({r["date"][:4] for r in records})
    assert [t["period"] for t in model["tasks"] if t["period"].startswith("2023")] == (
        ["2023", "2023 (year from context)"] if store == "bundled" else ["2023–2025"]
    )


def test_mermaid_rejects_what_is_not_a_timeline(parsed):
    # The parser is no rubber stamp: a broken block fails.
    assert "Parse error" in parsed["broken"][1]["error"]
