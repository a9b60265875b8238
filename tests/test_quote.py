"""`quote`: citable blocks in every format, escaping, selection, and `quote --verify`."""

from __future__ import annotations

import json

import pytest

from cstofacts import quotes
from cstofacts.models import Record, Source
from cstofacts.output import markup

from .conftest import SPECIAL
from .snapshot import assert_snapshot

BLOCK_FORMATS = ("markdown", "text", "html", "latex", "rst", "pandoc", "json")

# --- golden files ----------------------------------------------------------------


@pytest.mark.parametrize("fmt", BLOCK_FORMATS)
def test_every_format_matches_its_golden_file(invoke, tiny_db, fmt):
    result = invoke("--db", tiny_db, "quote", "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert_snapshot(result.stdout, f"quote_{fmt}.txt")


# --- escaping: each format keeps the words and neutralises its own markup ----------


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        (
            "latex",
            r"5\% \& \$10 \#1 \_now\_ \{a\} \textasciitilde{}b \textasciicircum{}c \textbackslash{}d "
            r"\textless{}e\textgreater{} ",
        ),
        ("latex", r"\textbar{} g — “typographic” ‘quotes’ -{}- ok [sic]}"),
        ("html", "5% &amp; $10 #1 _now_ {a} ~b ^c \\d &lt;e&gt; &quot;f&quot; | g — “typographic”"),
        ("markdown", r'5% \& \$10 \#1 \_now\_ {a} \~b \^c \\d \<e\> "f" \| g — “typographic” ‘quotes’ -- ok \[sic\]'),
        ("pandoc", r"\\d \<e\> \"f\" \| g — “typographic” ‘quotes’ -\- ok \[sic\] [@odd-source, para. 3]"),
        ("rst", r"    Costs rose 5% & $10 #1 \_now\_ {a} ~b ^c \\d <e> \"f\" \| g — “typographic” ‘quotes’ -\- ok"),
        ("text", f"“{SPECIAL}”"),
    ],
)
def test_special_characters_are_escaped_for_each_format(invoke, tiny_db, fmt, expected):
    out = invoke("--db", tiny_db, "quote", "jane", "--speaker", "roe", "-f", fmt).stdout
    assert expected in out


def test_html_has_no_raw_markup_from_the_data(invoke, tiny_db):
    out = invoke("--db", tiny_db, "quote", "costs", "-f", "html").stdout
    assert "<e>" not in out and "<title>" not in out
    assert '<blockquote cite="https://example.org/a?b=1&amp;c=2">' in out
    assert "<cite>The $ Times #1</cite>" in out and "<figcaption>— Jane Roe, Analyst" in out


def test_latex_keeps_a_bracket_in_the_attribution_inside_braces(invoke, tiny_db):
    out = invoke("--db", tiny_db, "quote", "costs", "-f", "latex").stdout
    assert out.startswith(r"\blockquote[{Jane Roe, Analyst, in \enquote{Tricky \& ")
    assert "para.~3}]{Costs rose" in out


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("plain words", "plain words"),
        ("1. not a list", "1\\. not a list"),
        ("- not a bullet", "\\- not a bullet"),
        ("a * b_c", "a \\* b\\_c"),
        ("mail @someone", "mail \\@someone"),
        ("“curly” — dash", "“curly” — dash"),
    ],
)
def test_markdown_escape(text, escaped):
    assert markup.markdown_escape(text) == escaped


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("plain", "plain"),
        ("a_b *c* `d` |e|", "a\\_b \\*c\\* \\`d\\` \\|e\\|"),
        ("1. item", "\\1. item"),
        ("— not an attribution", "\\— not an attribution"),
        ("ends with::", "ends with:\\:"),
    ],
)
def test_rst_escape(text, escaped):
    assert markup.rst_escape(text) == escaped


# --- the bundled quotes ------------------------------------------------------------


def test_markdown_block_starts_with_the_words_and_ends_with_the_attribution(invoke):
    lines = invoke("quote", "armenia limited participation").stdout.splitlines()
    assert lines[0] == (
        "> Armenia has indeed limited its participation in the work of the CSTO, but the main mechanisms"
        " of interaction are functioning and work on the organization’s agenda continues."
    )
    assert lines[1] == ">"
    assert lines[2].startswith("> — Imangali Tasmagambetov, CSTO Secretary General, in “The CSTO Secretary General")
    assert "via *Izvestia*" in lines[2] and lines[2].endswith(", para. 7")


def test_every_quote_is_printed_exactly_as_stored(invoke):
    stored = json.loads(invoke("export", "--kind", "quote").stdout)
    out = invoke("quote", "--format", "text").stdout
    assert len(stored) >= 30
    for record in stored:
        assert f"“{record['text']}”" in out


def test_the_cyrillic_author_is_printed_as_the_source_prints_it(invoke):
    out = invoke("quote", "turning point", "--speaker", "babaev").stdout
    assert "by Арестова Татьяна, via *Allies. CSTO*, para. 4" in out


def test_no_field_the_source_lacks_is_printed(invoke):
    out = invoke("quote", "--speaker", "tasmagambetov", "-n", "50", "-f", "html").stdout
    assert "cite=" not in out and "http" not in out


def test_quote_shows_quotes_only(invoke):
    rows = json.loads(invoke("quote", "-f", "json").stdout)
    assert rows and all(r["kind"] == "quote" for r in rows)
    result = invoke("quote", "tokayev urged")  # reported speech: facts, never quotes
    assert result.exit_code == 1 and result.stdout == ""


def test_speaker_without_quotes_says_what_to_try(invoke):
    result = invoke("quote", "--speaker", "Tokayev")
    assert result.exit_code == 1
    assert "no quotes of Tokayev; the sources only report what they said" in result.stderr


@pytest.mark.parametrize("speaker", ["Tasmagambetov", "Tasmagambetow", "Имангали Тасмагамбетов"])
def test_speaker_matches_aliases_and_typos(invoke, speaker):
    rows = json.loads(invoke("quote", "--speaker", speaker, "-f", "json").stdout)
    assert len(rows) >= 25 and {r["speaker"] for r in rows} == {"Imangali Tasmagambetov"}


def test_limit_defaults_to_one_with_a_query(invoke):
    rows = json.loads(invoke("quote", "NATO", "-f", "json").stdout)
    assert len(rows) == 1 and "NATO" in rows[0]["text"] and 0 <= rows[0]["score"] <= 100
    assert len(json.loads(invoke("quote", "NATO", "-n", "3", "-f", "json").stdout)) == 3


def test_random_with_a_seed_is_reproducible(invoke):
    first = invoke("quote", "--random", "--seed", "7", "-n", "2").stdout
    assert first == invoke("quote", "--random", "--seed", "7", "-n", "2").stdout
    assert first.count("> — ") == 2
    # --seed implies --random (documented in --help)
    assert invoke("quote", "--seed", "7", "-n", "2").stdout == first


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (
            ["trembles"],
            "no quotes match 'trembles'; Kassym-Jomart Tokayev's words are reported, not quoted: "
            "see cstofacts show tokayev-rhetoric-csto-trembles",
        ),
        (["trembles", "--speaker", "tokayev"], "Tokayev's words are reported, not quoted: see cstofacts show "),
        (["Khujand border agreement"], "; an event matches: see cstofacts show khujand-border-agreement"),
    ],
)
def test_no_quote_but_another_record_names_it(invoke, args, hint):
    result = invoke("quote", *args)
    assert result.exit_code == 1 and result.stdout == ""
    assert hint in result.stderr


def test_pick_random_does_not_depend_on_store_order():
    pool = [Record(id=f"q{i}", kind="quote", text=str(i), source=Source("s", "S")) for i in range(20)]
    assert quotes.pick_random(pool, 3, seed=1) == quotes.pick_random(list(reversed(pool)), 3, seed=1)


def test_json_carries_the_citation_key(invoke):
    row = json.loads(invoke("quote", "soft alliance", "-f", "json").stdout)[0]
    assert row["citation"] == {
        "key": "izvestia-tasmagambetov-interview",
        "paragraph": 15,
        "pandoc": "[@izvestia-tasmagambetov-interview, para. 15]",
    }


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["quote", ""], 2, "the query is empty"),
        (["quote", "--verify", "   "], 2, "the text to verify is empty"),
        (["quote", "--verify", "the of and"], 2, "nothing to verify"),
        (["quote", "--verify", "x\x1b[2J"], 2, "control characters"),
        (["quote", "armenia", "--verify", "words"], 2, "--verify takes no QUERY"),
        (["quote", "--source", "nope"], 1, "no source with id 'nope'"),
        (["quote", "zzqxv wwplk"], 1, "no quotes match"),
    ],
)
def test_bad_input_is_one_line_with_the_contract_code(invoke, args, code, message):
    result = invoke(*args)
    assert result.exit_code == code
    assert message in result.stderr and "Traceback" not in result.stderr


# --- quote --verify -------------------------------------------------------------------

COMMITMENTS = (
    "All CSTO commitments with regard to Armenia remain in full compliance with the organization's "
    "statutory goals and principles."
)
CONFRONTATION = (
    "When discussing the likelihood of a confrontation between Armenia and the CSTO, it is necessary "
    "to take into account the resource base and real capabilities of the parties"
)
SUSTAINABILITY = (
    "At the same time, the experience of the CSTO shows a high degree of sustainability of the "
    "organization and a high adaptive potential."
)


@pytest.mark.parametrize(
    ("text", "speaker", "verdict", "code", "expected"),
    [
        # exact: a whole quote (straight apostrophe for the source's ’), a part of one in
        # curly quotes, an elision the source prints, one the user marks, a typo in the name
        (COMMITMENTS, None, "EXACT", 0, "csto-commitments-armenia-quote (quote)"),
        (
            "“Armenia has indeed limited its participation in the work of the CSTO”",
            "Tasmagambetow",
            "EXACT",
            0,
            "in a quote of Imangali Tasmagambetov",
        ),
        (
            "The dynamics of the CSTO's activities... indicates its significance as a key security structure",
            "Babaev",
            "EXACT",
            0,
            "cite:    [@allies-csto-2023-2025, para. 20]",
        ),
        (
            "At the same time, the experience of the CSTO [...] shows a high degree of sustainability",
            None,
            "EXACT",
            0,
            "csto-sustainability-anniversary-quote",
        ),
        # a changed word
        (COMMITMENTS.replace("full", "partial"), None, "NEAR", 3, "[-partial-]{+full+}"),
        (
            "Armenia has indeed limited its role in the work of the CSTO",
            "Tasmagambetov",
            "NEAR",
            3,
            "use instead:\n  Armenia has indeed limited its participation in the work of the CSTO",
        ),
        # a dropped clause, long or short: the words to use, and the cut marked
        (CONFRONTATION, None, "NEAR", 3, "{+which I hope is no more than hypothetical+}"),
        (
            SUSTAINABILITY,
            None,
            "NEAR",
            3,
            "or mark what you left out:\n  At the same time, the experience of the CSTO [...] shows a high",
        ),
        (
            "sovereignty is becoming one of the key criteria for effective alliances",
            None,
            "NEAR",
            3,
            "or mark what you left out:\n  sovereignty [...] is becoming one of the key criteria",
        ),
        # short near-matches: a clause dropped and the last word changed; one word changed in five;
        # every word right but their case
        (
            "sovereignty is becoming one of the key criterion",
            None,
            "NEAR",
            3,
            "sovereignty {+is gaining additional value and in my opinion+} is becoming one of the key "
            "[-criterion-]{+criteria+}",
        ),
        (
            "the main mechanisms of cooperation",
            "Tasmagambetov",
            "NEAR",
            3,
            "use instead:\n  the main mechanisms of interaction\n",
        ),
        (
            "SOFT ALLIANCE",
            None,
            "NEAR",
            3,
            "with other capitalisation\n\ndifferences ([-your words-] "
            "{+the source's+}):\n  [-SOFT-]{+soft+} [-ALLIANCE-]{+alliance+}\n\nuse instead:\n  soft alliance\n",
        ),
        ("main mechanisms of cooperation", None, "NOT FOUND", 1, "closest: "),  # four words: too few to tell
        # the reporter's words: in the source, but never a quote, of anyone (exit 1)
        (
            "avoid a habit of repeatedly framing their safety in terms of mounting threats",
            None,
            "IN SOURCE, NOT A QUOTE",
            1,
            "in the reporter's account of what Kassym-Jomart Tokayev said (reported speech), not a direct quote",
        ),
        (
            "the CSTO trembles before adversaries",
            None,
            "IN SOURCE, NOT A QUOTE",
            1,
            "record:  tokayev-rhetoric-csto-trembles (fact)",
        ),
        (
            "avoid a habit of repeatedly framing their safety in terms of mounting threats",
            "Tokayev",
            "IN SOURCE, NOT A QUOTE",
            1,
            "but as the reporter's account of what Kassym-Jomart Tokayev said "
            "(reported speech), not a quote of Tokayev",
        ),
        (
            "the CSTO trembles before adversarys",
            "Tokayev",
            "IN SOURCE, NOT A QUOTE",
            1,
            "the source's words:\n  the CSTO trembles before adversaries\n",
        ),
        # the interviewer's question
        (
            "Armenia has actually suspended its participation in the CSTO",
            "Tasmagambetov",
            "IN SOURCE, NOT A QUOTE",
            1,
            "paragraph 6, but as the interviewer's (Izvestia's) question, not a quote of Tasmagambetov",
        ),
        (
            "Armenia has actually suspended its participation in the CSTO",
            None,
            "IN SOURCE, NOT A QUOTE",
            1,
            "in the interviewer's (Izvestia's) question, not a quote of anyone",
        ),
        # a paraphrase of reported speech: not found, with the passage it paraphrases
        (
            "Tokayev urged CSTO members to stop exaggerating the threats they face",
            None,
            "NOT FOUND",
            1,
            "closest: “CSTO Leadership Urges Calm, Emphasizes Constructive Security Dialogue” (tass-tokayev-calm), "
            "paragraph 2, in the reporter's account of what Kassym-Jomart Tokayev said",
        ),
        (
            "Tokayev said the CSTO must stop presenting its security as ever more threatened",
            "Tokayev",
            "NOT FOUND",
            1,
            "as a quote of Tokayev: it may be a paraphrase",
        ),
        # someone else's words
        (COMMITMENTS, "Babaev", "NOT FOUND", 1, "attributed to Imangali Tasmagambetov, not to Babaev"),
        (COMMITMENTS.replace("full", "partial"), "Babaev", "NOT FOUND", 1, "nearly these words are in"),
        # invented
        (
            "The CSTO will deploy peacekeepers to Yerevan next spring.",
            None,
            "NOT FOUND",
            1,
            "no source has these words",
        ),
        (
            "Tasmagambetov said the CSTO is the strongest military alliance in the world",
            "Tasmagambetov",
            "NOT FOUND",
            1,
            "no source has these words as a quote of Tasmagambetov",
        ),
    ],
)
def test_verify(invoke, text, speaker, verdict, code, expected):
    args = ["quote", "--verify", text] + (["--speaker", speaker] if speaker else [])
    result = invoke(*args)
    assert result.exit_code == code, result.stdout
    assert result.stdout.startswith(f"{verdict}: ")
    assert expected in result.stdout


def test_verify_words_that_are_no_quote_json(invoke):
    result = invoke("quote", "--verify", "the CSTO trembles before adversaries", "-f", "json")
    doc = json.loads(result.stdout)
    assert (result.exit_code, doc["verdict"]) == (1, "IN SOURCE, NOT A QUOTE")
    finding = doc["finding"]
    assert finding["is_quote"] is False and finding["quotes"] == []
    assert finding["reported"] == ["tokayev-rhetoric-csto-trembles"]
    assert finding["words"] == "the CSTO trembles before adversaries"


def test_verify_verdicts_and_exit_codes_are_in_the_help(invoke):
    text = " ".join(invoke("quote", "--help").stdout.split())
    for line in (
        "EXACT verbatim in a quote",
        "NEAR nearly a quote",
        "IN SOURCE, NOT A QUOTE in a source",
        "not citable as a quote: exit 1",
        "NOT FOUND no source has them",
    ):
        assert line in text
    assert "--seed N implies --random" in text and "Implies --random." in text


def test_verify_near_json_gives_the_diff_and_the_words(invoke):
    result = invoke("quote", "--verify", COMMITMENTS.replace("full", "partial"), "-f", "json")
    doc = json.loads(result.stdout)
    assert (result.exit_code, doc["verdict"]) == (3, "NEAR")
    finding = doc["finding"]
    assert finding["diff"] == [{"op": "replace", "yours": "partial", "source": "full"}]
    assert finding["words"].startswith("All CSTO commitments with regard to Armenia remain in full compliance")
    assert finding["quotes"] == ["csto-commitments-armenia-quote"]
    assert finding["citation"]["key"] == "izvestia-tasmagambetov-interview"


def test_the_suggested_elision_verifies_as_exact(invoke):
    near = json.loads(invoke("quote", "--verify", CONFRONTATION, "-f", "json").stdout)
    suggestion = near["finding"]["elided"]
    assert "[...]" in suggestion
    assert invoke("quote", "--verify", suggestion, "--speaker", "Tasmagambetov").exit_code == 0


def test_every_bundled_quote_verifies_as_exact_for_its_speaker(invoke):
    for record in json.loads(invoke("export", "--kind", "quote").stdout):
        result = invoke("quote", "--verify", record["text"], "--speaker", record["speaker"], "-f", "json")
        doc = json.loads(result.stdout)
        assert doc["verdict"] == "EXACT", record["id"]
        assert record["id"] in doc["finding"]["quotes"]


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("“Hello there.”", "Hello there"),
        ('"... the middle of it ..."', "the middle of it"),
        ("a […] b", "a ... b"),
        ("  spaced\n out  ", "spaced out"),
    ],
)
def test_clean_claim(text, cleaned):
    assert quotes.clean_claim(text) == cleaned


def test_verify_refuses_a_single_word(invoke):
    # "high" stands verbatim in some quote or other: that proves nothing.
    result = invoke("quote", "--verify", "high")
    assert result.exit_code == 2
    assert "at least 2 words" in result.stderr


def test_jsonl_quotes_carry_what_json_quotes_carry(invoke):
    as_json = json.loads(invoke("quote", "armenia", "-f", "json").stdout)
    as_jsonl = [json.loads(line) for line in invoke("quote", "armenia", "-f", "jsonl").stdout.splitlines()]
    assert as_jsonl == as_json
