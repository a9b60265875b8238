"""`check --format csv` and `tsv`: a row a verdict, as a spreadsheet or a script reads it."""

from __future__ import annotations

import csv
import io
import json

DRAFT = """# The CSTO in 2025

The Khujand border agreement was signed on 31 March 2025. It was signed in Dushanbe.

Tasmagambetov said, in an interview, that "the CSTO does not seek to serve as a counterweight to NATO", adding a comma, and a "quote".
"""


def test_a_claims_verdict_is_a_header_and_one_row(invoke):
    result = invoke("check", "The Khujand border agreement was signed on 31 March 2024", "--format", "csv")
    assert result.exit_code == 1
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["line", "claim", "verdict", "reason", "evidence"]
    assert rows[1][:3] == ["", "The Khujand border agreement was signed on 31 March 2024", "refuted"]
    assert rows[1][4] == "khujand-border-agreement"


def test_a_documents_rows_hold_what_jsonl_gives(tmp_path, invoke):
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, "utf-8")
    as_json = [
        json.loads(line) for line in invoke("check", "--file", str(draft), "--format", "jsonl").stdout.splitlines()
    ]
    result = invoke("check", "--file", str(draft), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["line"], r["claim"], r["verdict"]) for r in rows] == [
        (str(v["line"]), v["claim"], v["verdict"]) for v in as_json
    ]
    assert [r["evidence"].split() for r in rows] == [[e["id"] for e in v["evidence"]] for v in as_json]
    assert any('"' in r["claim"] and "," in r["claim"] for r in rows)  # quoting round-trips


def test_tsv_cells_hold_no_tab_and_explain_adds_the_rule(tmp_path, invoke):
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, "utf-8")
    lines = invoke("check", "--file", str(draft), "--format", "tsv", "--explain").stdout.splitlines()
    assert lines[0].split("\t") == ["line", "claim", "verdict", "reason", "evidence", "rule"]
    assert all(len(line.split("\t")) == 6 for line in lines)
    assert {line.split("\t")[5] for line in lines[1:]} & {"supported", "slot-conflict", "unknown-place"}
