"""`cstofacts check`: one claim, a Markdown draft, stdin and JSONL, exit codes and formats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
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


@pytest.mark.parametrize(
    "bad",
    # C0, DEL, C1 and a direction override: what the file reader refuses, a claim too
    ["", "   ", "x" * 3000, "Khujand\x01 agreement", "Khujand\x7f agreement", "Khujand\x85 agreement", "Khu\u202ejand"],
)
def test_bad_claims_are_one_line_exit_2(invoke, bad):
    result = invoke("check", bad)
    assert result.exit_code == 2
    assert result.stdout == "" and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("args", [[], ["a claim", "--file", str(DRAFT)], ["a claim", "--strict"]])
def test_claim_or_file_usage(invoke, args):
    assert invoke("check", *args).exit_code == 2


def test_a_dash_for_a_claim_points_to_file_dash(invoke):
    # "cstofacts check -" would check the character "-"; stdin is read with --file -
    result = invoke("check", "-", input="The CSTO was founded in 2002.\n")
    assert result.exit_code == 2 and result.stdout == ""
    assert "'-' is no claim; to read claims from stdin, give --file -" in result.stderr


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


def test_draft_table_with_explain_shows_each_claims_rule(invoke):
    plain = invoke("check", "--file", str(DRAFT)).stdout
    explained = invoke("check", "--file", str(DRAFT), "--explain").stdout
    assert explained.startswith(plain.rstrip("\n"))
    assert explained.count("\nrule ") == len(DRAFT_VERDICTS)
    assert "slot-conflict" in explained


def _without_refuted(tmp_path: Path) -> Path:
    path = tmp_path / "clean.md"
    lines = DRAFT.read_text("utf-8").splitlines()
    path.write_text(
        "\n".join(line for line in lines if "Moscow" not in line and "Brothers-in-Arms 2022" not in line), "utf-8"
    )
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


def test_colour_only_on_a_terminal_for_the_default_format_and_never_with_no_color(monkeypatch):
    from cstofacts.terminal import styled

    monkeypatch.setattr("sys.stdout.isatty", lambda: True, raising=False)
    assert styled(explicit_format=False) is True
    assert styled(explicit_format=True) is False  # --format given: the same bytes anywhere
    monkeypatch.setenv("NO_COLOR", "1")
    assert styled(explicit_format=False) is False


def test_coloured_table_keeps_the_words():
    from cstofacts.check import Verdict
    from cstofacts.output import verdicts

    text = verdicts.many([Verdict("c", "refuted", "r", (), 3)], "table", colour=True)
    assert "\x1b[31mrefuted\x1b[0m" in text


def test_a_single_verdict_on_a_terminal_is_coloured_too():
    from cstofacts.check import Verdict
    from cstofacts.output import verdicts

    text = verdicts.single(Verdict("c", "supported", "r", ()), "table", colour=True)
    assert "\x1b[32msupported\x1b[0m" in text.splitlines()[1]
    assert "\x1b" not in verdicts.single(Verdict("c", "supported", "r", ()), "table", colour=False)


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


def test_front_matter_link_definitions_and_comments_are_not_claims_but_footnotes_are(invoke):
    result = invoke("check", "--file", "-", "-f", "json", input=FRONT_MATTER_DRAFT)
    got = [(d["line"], d["verdict"], d["claim"]) for d in json.loads(result.stdout)]
    assert got == [
        (6, "refuted", "The CSTO-CIS-SCO Roadmap was signed in Moscow."),  # the footnote mark is dropped
        (7, "supported", "Interaction-2023 was held in Belarus in 2023."),
        # a footnote definition is prose: its text, and the indented line that continues it
        (10, "not-enough-info", "Tasmagambetov visited Beijing in 2024."),
        (11, "refuted", "The Khujand border agreement was signed on 31 March 2024."),
        (14, "supported", "The Khujand border agreement was signed in March 2025."),
    ]
    assert result.exit_code == 1


def test_only_a_leading_rule_opens_front_matter():
    from cstofacts.check.read.claims import sentences

    text = "Intro line.\n\n---\n\nKhujand was mentioned.\n\n---\n"
    assert [s.text for s in sentences(text)] == ["Intro line.", "Khujand was mentioned."]


def test_a_doctored_quote_in_a_draft_is_not_supported(invoke):
    text = (
        "He spoke plainly.\n"
        '"What we call soft alliance is a strong point of our organization," said Tasmagambetov.\n'
        '"What we call soft alliance [...] is a strong point of our organization," said Tasmagambetov.\n'
    )
    result = invoke("check", "--file", "-", "-f", "json", input=text)
    got = [(d["line"], d["verdict"]) for d in json.loads(result.stdout)]
    assert got == [(2, "refuted"), (3, "supported")]
    assert json.loads(result.stdout)[0]["reason"].startswith("quote: the source's words are")
    assert result.exit_code == 1


def test_a_footnote_keeps_its_line_and_ends_the_paragraph_before_it():
    from cstofacts.check.read.claims import sentences

    text = "Body text here.\n[^a]: Rock-2023 was held in Armenia. It was big.\n\nAfter.\n"
    assert [(s.text, s.line) for s in sentences(text)] == [
        ("Body text here.", 1),
        ("Rock-2023 was held in Armenia.", 2),
        ("It was big.", 2),
        ("After.", 4),
    ]


def test_a_paragraph_or_page_reference_does_not_end_a_sentence():
    from cstofacts.check.read.claims import sentences

    text = "Tasmagambetov spoke of a soft alliance (Izvestia, para. 13) in June. See pp. 4-5 and p. 7 for more.\n"
    assert [s.text for s in sentences(text)] == [
        "Tasmagambetov spoke of a soft alliance (Izvestia, para. 13) in June.",
        "See pp. 4-5 and p. 7 for more.",
    ]


TABLES_AND_CODE = """# Exercises

Rock-2023 was held in Armenia.

| exercise | place |
| --- | --- |
| Brothers-in-Arms 2022 was held in Belarus. | Belarus |

```
Rock-2023 was held in Armenia.
```
"""


def test_skipped_tables_and_code_get_one_note_in_table_format(invoke):
    result = invoke("check", "--file", "-", input=TABLES_AND_CODE)
    assert result.exit_code == 1
    assert "skipped 6 lines of tables/code" in result.stderr
    assert result.stderr.count("skipped") == 1
    assert "Brothers-in-Arms" not in result.stdout


def test_skipped_lines_change_nothing_in_json(invoke):
    result = invoke("check", "--file", "-", "-f", "json", input=TABLES_AND_CODE)
    assert [(d["line"], d["verdict"]) for d in json.loads(result.stdout)] == [(3, "refuted")]
    assert "skipped" not in result.stderr


def test_a_document_of_bare_names_has_nothing_checkable(invoke):
    text = "Tasmagambetov.\n\nThe Khujand border agreement\n\nTasmagambetov said.\n\n| Tokayev | x |\n"
    result = invoke("check", "--file", "-", input=text)
    assert result.exit_code == 0 and result.stdout == ""
    assert "no checkable claims found" in result.stderr
    assert "skipped 1 line of tables/code" in result.stderr
    json_result = invoke("check", "--file", "-", "-f", "json", input=text)
    assert json_result.exit_code == 0 and json.loads(json_result.stdout) == []


@pytest.mark.parametrize("claim", ["Tasmagambetov", "Tasmagambetov said.", "The Khujand border agreement", "The UN"])
def test_a_bare_name_is_not_enough_info_exit_3(invoke, claim):
    result = invoke("check", claim, "--format", "json")
    assert result.exit_code == 3
    doc = json.loads(result.stdout)
    assert doc["verdict"] == "not-enough-info" and doc["reason"].startswith("the claim states nothing to check about")
    assert doc["evidence"] == []


# ---- ids stand whole in tables ---------------------------------------------------


@pytest.mark.parametrize("columns", ["40", "60", "100"])
def test_the_check_table_never_wraps_an_id(invoke, monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", columns)
    claims = "The CSTO is a NATO member.\nTokayev called for higher defence budgets.\n"
    found = json.loads(invoke("check", "--file", "-", "--format", "json", input=claims).stdout)
    ids = {r["id"] for verdict in found for r in verdict["evidence"]}
    assert ids
    single = invoke("check", "The CSTO is a NATO member.").stdout
    many = invoke("check", "--file", "-", input=claims).stdout
    for record_id in ids:  # every id shown, whole, so that it can be copied
        assert record_id in many
    assert any(record_id in single for record_id in ids)
    for tablefmt in ("grid", "github"):
        table = invoke("check", "--file", "-", "--tablefmt", tablefmt, input="The CSTO is a NATO member.\n").stdout
        assert any(record_id in table for record_id in ids)


# ---- a user's own record that disagrees with a source -------------------------

USER_KHUJAND = [
    "add",
    "--kind",
    "event",
    "--text",
    "Tajikistan, Kyrgyzstan and Uzbekistan signed a border agreement in Khujand.",
    "--date",
    "2025-04-02",
    "--place",
    "Khujand",
    "--entity",
    "Tajikistan",
    "--entity",
    "Kyrgyzstan",
    "--entity",
    "Uzbekistan",
    "--entity",
    "Khujand border agreement",
    "--source-title",
    "My notes",
]


def test_check_prefers_the_source_to_a_disagreeing_user_record(invoke, monkeypatch):
    added = invoke(*USER_KHUJAND)
    assert added.exit_code == 0, added.stderr
    own = added.stdout.strip()
    monkeypatch.setenv("COLUMNS", "60")

    result = invoke("check", "The Khujand border agreement was signed on 31 March 2025.", "-f", "json")
    doc = json.loads(result.stdout)
    assert result.exit_code == 0 and doc["verdict"] == "supported"
    assert doc["reason"] == f"date matches 2025-03-31; your own record {own} says 2025-04-02"
    assert [r["id"] for r in doc["evidence"]] == ["khujand-border-agreement", own]
    assert [r["origin"] for r in doc["evidence"]] == ["bundled", "user"]

    result = invoke("check", "The Khujand border agreement was signed on 2 April 2025.", "-f", "json")
    doc = json.loads(result.stdout)
    assert result.exit_code == 1 and doc["verdict"] == "refuted"
    assert doc["reason"].startswith(f"date: the source says 2025-03-31; only your own record {own} says 2025-04-02")

    table = invoke("check", "The Khujand border agreement was signed on 2 April 2025.").stdout
    assert table.count(own) == 2  # reason and evidence, never wrapped

    result = invoke("check", "The Khujand border agreement was signed in 2025.", "-f", "json")
    assert json.loads(result.stdout)["reason"] == "date matches 2025-03-31"


# ---- long input and table formats ---------------------------------------------


def test_a_long_run_without_a_sentence_break_is_checked_in_time(tmp_path):
    """A run of text with no sentence break is cut into parts: the work grows with
    its length, not with its square (200 KB once took 13 s, 2 MB minutes)."""
    import time

    from cstofacts.check import Checker
    from cstofacts.check.read.claims import MAX_SENTENCE, read_document
    from cstofacts.store import load_store

    store = load_store(Path(__file__).resolve().parents[2] / "data" / "cstofacts.json")
    checker = Checker(store.records, store.entities, store.source_text)
    text = " ".join(f"Rock-2023 was held in Belarus and item {i}" for i in range(5000))
    assert len(text) > 200_000
    began = time.perf_counter()
    document = read_document(text, checker.checkable)
    verdicts = [checker.check(s.text) for s in document.claims]
    assert time.perf_counter() - began < 10
    assert verdicts and all(len(s.text) <= MAX_SENTENCE for s in document.claims)


def test_long_sentences_are_cut_at_clause_breaks():
    from cstofacts.check.read.claims import MAX_SENTENCE, sentences

    text = "Rock-2023 was held in Belarus, " * 100 + "and that is all."
    found = sentences(text)
    assert len(found) > 1 and all(len(s.text) <= MAX_SENTENCE for s in found)
    assert all(s.text.startswith("Rock-2023") or s.text.startswith("and") for s in found)
    assert all(s.line == 1 for s in found)


def test_github_tables_of_verdicts_stay_markdown(invoke):
    claim = "The Khujand border agreement was signed on 31 March 2024 | a pipe, and words enough to be wrapped in a narrow table."
    single = invoke("check", claim, "--tablefmt", "github").stdout.splitlines()
    assert single[0].startswith("| field") and set(single[1]) <= set("|-: ")
    assert all(line.startswith("|") and line.endswith("|") for line in single)
    assert "\\|" in "\n".join(single)
    # every row holds as many cells as the header: no bare | and no wrapped line
    cells = {line.replace("\\|", "").count("|") for line in single}
    assert len(cells) == 1
    many = invoke(
        "check", "--file", "-", "--tablefmt", "github", input=claim + "\nThe CSTO is a NATO member.\n"
    ).stdout.splitlines()
    assert many[0].startswith("| line") and len(many) == 4
    assert len({line.replace("\\|", "").count("|") for line in many}) == 1


def test_plain_single_table_has_no_header(invoke):
    lines = invoke("check", "The Khujand border agreement was signed on 31 March 2024.").stdout.splitlines()
    assert lines[0].startswith("claim ")


QUOTED_DOCUMENT = """Tasmagambetov was plain about it.

> What we call soft alliance — meaning, above all, the absence of so-called rigid bloc discipline — is a strong point of our organization.
>
> — Imangali Tasmagambetov, CSTO Secretary General, in “The CSTO Secretary General Imangali Tasmagambetov”, via *Izvestia*, para. 15

> What we call soft alliance — meaning, above all, the absence of so-called rigid bloc discipline — is a strong point of our organization. [@izvestia-tasmagambetov-interview, para. 15]
>
> — Imangali Tasmagambetov, CSTO Secretary General

> the organization does not seek to serve as a counterweight to NATO or to any other power

> What we call soft alliance is a strong point of our organization.

> The dynamics of the CSTO\\'s activities.\\.\\. indicates its significance as a key security structure in the Eurasian space [@allies-csto-2023-2025, para. 20]
>
> — Kirill Babaev
"""


def test_a_block_quote_is_checked_as_one_quote_and_its_attribution_is_not_a_claim(tmp_path, invoke):
    from cstofacts.check.read.claims import sentences

    found = sentences(QUOTED_DOCUMENT)
    quotes = [s for s in found if s.quote]
    assert [s.line for s in quotes] == [3, 7, 11, 13, 15]
    assert not any("Izvestia, para" in s.text or "[@" in s.text or "Secretary General\u201d" in s.text for s in found)
    assert quotes[0].text == quotes[1].text  # the pandoc citation is no part of the words

    path = tmp_path / "draft.md"
    path.write_text(QUOTED_DOCUMENT, "utf-8")
    result = invoke("check", "--file", str(path), "--format", "json")
    verdicts = {d["line"]: d for d in json.loads(result.stdout)}
    for line in (3, 7):  # pasted by `quote`: the speaker's words, verbatim
        assert verdicts[line]["verdict"] == "supported"
        assert verdicts[line]["reason"].startswith("quote: verbatim, Imangali Tasmagambetov's words")
    # pandoc's escapes (\\' and \\.) stand for the characters themselves
    assert verdicts[15]["verdict"] == "supported" and "Kirill Babaev's words" in verdicts[15]["reason"]
    # the reporter's words: in the source, but no one's quote
    assert verdicts[11]["verdict"] == "not-enough-info" and "as no one's quote" in verdicts[11]["reason"]
    assert verdicts[13]["verdict"] == "refuted"  # words left out without "..."


@pytest.mark.parametrize("source", sorted((Path(__file__).resolve().parents[2] / "data" / "sources").glob("*.txt")))
def test_a_bundled_source_checked_whole_refutes_none_of_its_own_sentences(invoke, source):
    # every sentence of a source is what the source says: none may be refuted by it
    result = invoke("check", "--file", str(source), "--format", "json")
    refuted = [
        (r["line"], r["claim"][:80], r["reason"][:80]) for r in json.loads(result.stdout) if r["verdict"] == "refuted"
    ]
    assert refuted == []


@pytest.mark.parametrize("args", [("check", "The CSTO met in Minsk."), ("ingest", "tass-tokayev-calm", "-f", "table")])
def test_a_bad_tablefmt_is_refused_naming_the_choices(invoke, args):
    result = invoke(*args, "--tablefmt", "bogus")
    assert result.exit_code == 2 and "is not a tabulate format" in result.output


def test_an_attribution_run_on_at_the_end_of_a_block_quote_is_no_part_of_the_words(tmp_path, invoke):
    # A draft from a blind set (CP) put the speaker after a dash on the quote's own line.
    words = (
        "In a rapidly changing world, sovereignty is gaining additional value and, in my opinion,"
        " is becoming one of the key criteria for effective alliances."
    )
    path = tmp_path / "draft.md"
    path.write_text(
        f"# Draft\n\n> {words} \u2014 Imangali Tasmagambetov, CSTO Secretary General, to Izvestia\n", "utf-8"
    )
    result = invoke("check", "--file", str(path), "--format", "json")
    (verdict,) = json.loads(result.stdout)
    assert verdict["claim"] == f"\u201c{words}\u201d"
    assert verdict["verdict"] == "supported" and verdict["reason"].startswith("quote: verbatim")


def test_a_block_quotes_run_on_attribution_is_checked_for_speaker_and_outlet(tmp_path, invoke):
    def verdict_of(credit: str) -> dict:
        path = tmp_path / "draft.md"
        words = "In general, I can assess the level of preparedness to respond to threats as high."
        path.write_text(f"# Draft\n\n> {words} \u2014 {credit}\n", "utf-8")
        (found,) = json.loads(invoke("check", "--file", str(path), "--format", "json").stdout)
        return found

    assert verdict_of("Imangali Tasmagambetov, to Izvestia")["verdict"] == "supported"
    wrong_speaker = verdict_of("Nikol Pashinyan, Armenian Prime Minister")
    assert wrong_speaker["verdict"] == "refuted" and "not Nikol Pashinyan" in wrong_speaker["reason"]
    wrong_outlet = verdict_of("Imangali Tasmagambetov, in an interview with BelTA")
    assert wrong_outlet["verdict"] == "refuted" and "not BelTA" in wrong_outlet["reason"]
    # words after the dash that name no one are the quote's own: a misquote
    assert verdict_of("Armenia, however, has already left the organization")["verdict"] == "refuted"
