"""`cstofacts check`: one claim, a Markdown draft, stdin and JSONL, exit codes and formats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"
DRAFT = FIXTURES / "draft.md"

# (line, verdict) of every checkable sentence in the draft, in order.
DRAFT_VERDICTS = [
    (6, "supported", "Tajikistan, Kyrgyzstan and Uzbekistan signed a border agreement in Khujand on 31 March 2025."),
    (7, "refuted", "The CSTO-CIS-SCO Roadmap was signed in Moscow."),
    (11, "supported", "Enduring Brotherhood took place in Kyrgyzstan in October 2023."),
    (12, "refuted", "Brothers-in-Arms 2022 was held in Belarus."),
    (14, "not-enough-info", "Tokayev called for higher defence budgets."),
    (14, "supported", "Interaction-2023 was held in Belarus in 2023."),
    (21, "not-enough-info", "Tasmagambetov visited Beijing in 2024."),
]


@pytest.mark.parametrize(
    ("claim", "code", "verdict"),
    [
        ("The Khujand border agreement was signed on 31 March 2025", 0, "supported"),
        ("The CSTO-CIS-SCO Roadmap was signed in Moscow", 1, "refuted"),
        ("Tokayev called for higher defence budgets", 3, "not-enough-info"),
    ],
)
def test_one_claim_exit_code_and_json(invoke, claim, code, verdict):
    result = invoke("check", claim, "--format", "json")
    assert result.exit_code == code
    doc = json.loads(result.stdout)
    assert doc["claim"] == claim and doc["verdict"] == verdict and doc["reason"]
    assert all("source" in r and "locator" in r for r in doc["evidence"])


def test_one_claim_table_and_jsonl(invoke):
    table = invoke("check", "The CSTO-CIS-SCO Roadmap was signed in Moscow")
    assert "refuted" in table.stdout and "place: the source says Beijing" in table.stdout
    assert "\x1b[" not in table.stdout  # not a terminal: no colour
    line = invoke("check", "The CSTO-CIS-SCO Roadmap was signed in Moscow", "-f", "jsonl").stdout.strip()
    assert json.loads(line)["verdict"] == "refuted" and "\n" not in line


@pytest.mark.parametrize("bad", ["", "   ", "x" * 3000, "Khujand\x01 agreement"])
def test_bad_claims_are_one_line_exit_2(invoke, bad):
    result = invoke("check", bad)
    assert result.exit_code == 2
    assert result.stdout == "" and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("args", [[], ["a claim", "--file", str(DRAFT)], ["a claim", "--strict"]])
def test_claim_or_file_usage(invoke, args):
    assert invoke("check", *args).exit_code == 2


def test_draft_verdicts_lines_and_exit(invoke):
    result = invoke("check", "--file", str(DRAFT), "--format", "json")
    assert result.exit_code == 1
    got = [(d["line"], d["verdict"], d["claim"]) for d in json.loads(result.stdout)]
    assert got == DRAFT_VERDICTS


def test_draft_table_has_lines_and_a_summary(invoke):
    result = invoke("check", "--file", str(DRAFT))
    assert result.exit_code == 1
    assert "Moscow" in result.stdout and "refuted" in result.stdout
    assert "7 claims: 3 supported, 2 refuted, 2 not-enough-info" in result.stderr


def _without_refuted(tmp_path: Path) -> Path:
    path = tmp_path / "clean.md"
    lines = DRAFT.read_text("utf-8").splitlines()
    path.write_text("\n".join(line for line in lines if "Moscow" not in line and "Brothers-in-Arms 2022" not in line), "utf-8")
    return path


def test_strict_exit_3_when_some_unverifiable(invoke, tmp_path):
    path = _without_refuted(tmp_path)
    assert invoke("check", "--file", str(path), "-f", "json").exit_code == 0
    assert invoke("check", "--file", str(path), "-f", "json", "--strict").exit_code == 3
    assert invoke("check", "--file", str(DRAFT), "-f", "json", "--strict").exit_code == 1


def test_strict_exit_0_when_all_supported(invoke):
    text = "The Khujand border agreement was signed in March 2025.\nInteraction-2023 was held in Belarus in 2023.\n"
    assert invoke("check", "--file", "-", "--strict", input=text).exit_code == 0


def test_stdin_markdown(invoke):
    result = invoke("check", "--file", "-", "-f", "jsonl", input=DRAFT.read_text("utf-8"))
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["line"], r["verdict"]) for r in rows] == [(line, v) for line, v, _ in DRAFT_VERDICTS]


def test_jsonl_input_one_verdict_per_line(invoke):
    result = invoke("check", "--file", str(FIXTURES / "claims.jsonl"), "--format", "jsonl", "--strict")
    assert result.exit_code == 3
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["line"], r["verdict"]) for r in rows] == [(1, "supported"), (3, "not-enough-info")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"claim": "ok"}\nnot json\n', "line 2"),
        ("Khujand on 31 March 2025.\x07\n", "control characters"),
        (b"\xff\xfe bad".decode("latin-1"), None),
    ],
)
def test_bad_files_are_one_line_exit_2(invoke, tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content.encode("latin-1") if message is None else content.encode("utf-8"))
    result = invoke("check", "--file", str(path))
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    if message:
        assert message in result.stderr


def test_missing_file_exit_2(invoke, tmp_path):
    result = invoke("check", "--file", str(tmp_path / "nope.md"))
    assert result.exit_code == 2 and "cannot read" in result.stderr


def test_no_checkable_claims_is_exit_0(invoke):
    result = invoke("check", "--file", "-", "-f", "json", input="Nothing to see here.\n")
    assert result.exit_code == 0 and json.loads(result.stdout) == []


def test_colour_only_on_a_terminal_and_never_with_no_color(monkeypatch):
    from cstofacts import cmd_check

    monkeypatch.setattr("sys.stdout.isatty", lambda: True, raising=False)
    assert cmd_check._colour() is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert cmd_check._colour() is False


def test_coloured_table_keeps_the_words():
    from cstofacts import verdicts
    from cstofacts.check import Verdict

    text = verdicts.many([Verdict("c", "refuted", "r", (), 3)], "table", colour=True)
    assert "\x1b[31mrefuted\x1b[0m" in text


FRONT_MATTER_DRAFT = """---
title: The CSTO on 31 March 2024
author: Imangali Tasmagambetov
---

The CSTO-CIS-SCO Roadmap was signed in Moscow.[^1]
Interaction-2023 was held in Belarus in 2023.

<!-- Brothers-in-Arms 2022 was held in Belarus. -->
[^1]: Tasmagambetov visited Beijing in 2024.
    The Khujand border agreement was signed on 31 March 2024.
[roadmap]: https://example.org/2025 "Khujand, 31 March 2024"

The Khujand border agreement was signed in March 2025.
<!-- never closed: Brothers-in-Arms 2022 was held in Belarus.
"""


def test_front_matter_footnotes_link_definitions_and_comments_are_not_claims(invoke):
    result = invoke("check", "--file", "-", "-f", "json", input=FRONT_MATTER_DRAFT)
    got = [(d["line"], d["verdict"], d["claim"]) for d in json.loads(result.stdout)]
    assert got == [
        (6, "refuted", "The CSTO-CIS-SCO Roadmap was signed in Moscow."),  # the footnote mark is dropped
        (7, "supported", "Interaction-2023 was held in Belarus in 2023."),
        (14, "supported", "The Khujand border agreement was signed in March 2025."),
    ]
    assert result.exit_code == 1


def test_only_a_leading_rule_opens_front_matter():
    from cstofacts.claims import sentences

    text = "Intro line.\n\n---\n\nKhujand was mentioned.\n\n---\n"
    assert [s.text for s in sentences(text)] == ["Intro line.", "Khujand was mentioned."]


def test_a_doctored_quote_in_a_draft_is_not_supported(invoke):
    text = (
        'He spoke plainly.\n'
        '"What we call soft alliance is a strong point of our organization," said Tasmagambetov.\n'
        '"What we call soft alliance [...] is a strong point of our organization," said Tasmagambetov.\n'
    )
    result = invoke("check", "--file", "-", "-f", "json", input=text)
    got = [(d["line"], d["verdict"]) for d in json.loads(result.stdout)]
    assert got == [(2, "refuted"), (3, "supported")]
    assert json.loads(result.stdout)[0]["reason"].startswith("quote: the source's words are")
    assert result.exit_code == 1
