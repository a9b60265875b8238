"""Sources of one's own with their text: source add and remove, records citing them with
locators, show --context, quote --verify, check and validate, and ingest then import."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cstofacts.ingest.reading import MAX_INPUT

from .conftest import ROOT
from .test_userstore import run, subprocess_env, user_file

ARTICLE = """Ministers meet in Astana

Russian Foreign Minister Sergei Lavrov arrived in Astana on 14 May 2025 for talks with his counterparts. "We are not preparing for war," Lavrov said.

“We will not accept pressure,” he said, “from any side.” The ministers signed 12 agreements.

According to Lavrov, the ministers agreed to hold the next meeting in Minsk.

The ministers discussed the so-called "peacekeeping surge" and the exercise “Rock-2025”. On November 18, the plan was adopted.
"""
PAGE = """<!DOCTYPE html><html><head><title>Ministers meet</title></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/login">Log in</a></nav>
<div class="cookie">We use cookies to improve your experience.</div>
<article><h1>Ministers meet in Astana</h1>
<p>Russian Foreign Minister Sergei Lavrov arrived in Astana on 14 May 2025 for talks with his counterparts from the
member states of the alliance, who met behind closed doors for most of the day.</p>
<p>“We are not preparing for war,” Lavrov told reporters after the talks, adding that the alliance would keep
every commitment it had made to its members and partners in the region.</p>
</article>
<footer>© 2025 Example News. All rights reserved. <a href="/privacy">Privacy</a></footer>
</body></html>
"""


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, "utf-8")
    return path


def add_source(path: Path | str, *extra: str, input: str | bytes | None = None) -> str:
    result = run("source", "add", str(path), "--title", "Ministers meet in Astana", *extra, input=input)
    assert result.exit_code == 0, result.stderr
    return result.stdout.strip()


def test_source_add_prints_the_id_and_keeps_the_text_in_the_users_store(article, user_home):
    source_id = add_source(article, "--outlet", "TASS", "--date", "2025-05-15", "--url", "https://example.org/a")
    (listed,) = [s for s in json.loads(run("sources", "-f", "json").stdout) if s["id"] == source_id]
    assert (listed["outlet"], listed["date"], listed["origin"]) == ("TASS", "2025-05-15", "user")
    (stored,) = json.loads(user_file(user_home).read_text("utf-8"))["sources"].values()
    assert stored["text"].startswith("Ministers meet in Astana\n\nRussian Foreign Minister")
    assert run("validate").exit_code == 0


def test_a_saved_web_page_is_reduced_to_its_article_by_trafilatura(tmp_path, user_home):
    page = tmp_path / "page.html"
    page.write_text(PAGE, "utf-8")
    add_source(page)
    (stored,) = json.loads(user_file(user_home).read_text("utf-8"))["sources"].values()
    assert "Lavrov arrived in Astana on 14 May 2025" in stored["text"]
    assert "“We are not preparing for war,” Lavrov told reporters" in stored["text"]
    for furniture in ("cookies", "Log in", "Privacy", "All rights reserved"):
        assert furniture not in stored["text"]


def test_source_add_reads_stdin(user_home):
    source_id = add_source("-", input=ARTICLE)
    assert source_id in run("sources", "-f", "json").stdout


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"", "empty.txt", "is empty"),
        (b" \n\n\t\n", "blank.txt", "is empty"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00" * 50, "tool.bin", "is a binary file, not text"),
        (b"%PDF-1.7\n%\xe2\xe3\n1 0 obj", "paper.pdf", "is a PDF file, not text"),
        (b"caf\xe9 au lait, a sentence in Latin-1", "latin.txt", "is not UTF-8 text"),
        (
            b"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><p>Cookies.</p></body></html>",
            "menu.html",
            "is a web page without an article",
        ),
    ],
)
def test_bad_files_are_one_line_and_exit_2(tmp_path, user_home, content, name, message):
    path = tmp_path / name
    path.write_bytes(content)
    result = run("source", "add", str(path), "--title", "T")
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not user_file(user_home).exists()


def test_a_huge_file_is_refused_before_it_is_read(tmp_path, user_home):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_INPUT + 1)
    result = run("source", "add", str(path), "--title", "T")
    assert result.exit_code == 2 and "the limit is 8 MiB" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--date", "2025-13-01"), "--date"),
        (("--url", "ftp://example.org"), "--url"),
        (("--title", " "), "--title"),
    ],
)
def test_bad_details_are_exit_2_naming_the_option(article, args, message):
    result = run("source", "add", str(article), "--title", "T", *args)
    assert result.exit_code == 2 and message in result.stderr


def test_the_same_text_twice_is_refused(article):
    source_id = add_source(article)
    result = run("source", "add", str(article), "--title", "Again")
    assert result.exit_code == 1 and source_id in result.stderr


def test_a_missing_file_or_a_directory_is_exit_2(tmp_path):
    assert run("source", "add", str(tmp_path / "nope.txt"), "--title", "T").exit_code == 2
    result = run("source", "add", str(tmp_path), "--title", "T")
    assert result.exit_code == 2 and "directory" in result.stderr


def test_records_citing_a_source_with_text_need_evidence_and_get_locators(article):
    source_id = add_source(article)
    fact = ("add", "--kind", "fact", "--source", source_id, "--text", "The ministers signed twelve agreements.")
    missing = run(*fact)
    assert missing.exit_code == 2 and "--evidence" in missing.stderr
    record_id = run(*fact, "--evidence", "signed 12 agreements").stdout.strip()
    (shown,) = json.loads(run("show", record_id, "--context", "-f", "json").stdout)
    assert shown["evidence"] == "The ministers signed 12 agreements."
    assert shown["highlight"] == "signed 12 agreements"
    assert shown["locator"]["paragraph"] == 3
    assert shown["context"].startswith("“We will not accept pressure,”")
    assert run("validate").exit_code == 0


def test_quotes_of_ones_own_are_verified_against_its_text(article):
    source_id = add_source(article)
    quote = ("add", "--kind", "quote", "--source", source_id, "--speaker", "Sergei Lavrov", "--new-entity")
    assert run(*quote, "--text", "We are preparing for war").exit_code == 2  # not the source's words
    assert run(*quote, "--text", "We are not preparing for war").exit_code == 0
    assert run("quote", "--verify", "We are not preparing for war").exit_code == 0
    near = run("quote", "--verify", "We are not preparing for a war")
    assert near.exit_code == 3 and "NEAR" in near.stdout
    assert run("quote", "--verify", "We are preparing for peace and quiet").exit_code == 1
    assert run("validate").exit_code == 0


def test_source_remove_refuses_while_records_cite_it_unless_with_records(article, user_home):
    source_id = add_source(article)
    record = run("add", "--kind", "fact", "--source", source_id, "--text", "Twelve.", "--evidence", "12 agreements")
    refused = run("source", "remove", source_id)
    assert refused.exit_code == 1 and record.stdout.strip() in refused.stderr and "--with-records" in refused.stderr
    assert source_id in run("sources", "-f", "json").stdout
    removed = run("source", "remove", source_id, "--with-records")
    assert removed.exit_code == 0 and "removed 1 record" in removed.stderr
    assert source_id not in run("sources", "-f", "json").stdout
    assert run("show", record.stdout.strip()).exit_code == 1
    assert run("validate").exit_code == 0


@pytest.mark.parametrize(
    ("source_id", "code", "message"),
    [("belta-tasmagambetov-positions", 1, "bundled source"), ("no-such-source", 1, "no source of your own")],
)
def test_source_remove_of_a_bundled_or_unknown_source(source_id, code, message):
    result = run("source", "remove", source_id)
    assert result.exit_code == code and message in result.stderr


def test_ingest_of_an_unknown_source_or_one_without_text_is_exit_1():
    result = run("ingest", "no-such-source")
    assert result.exit_code == 1 and "no source with id 'no-such-source'" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    run("add", "--kind", "fact", "--text", "A note.", "--source-title", "Notes without text")
    (source_id,) = [s["id"] for s in json.loads(run("sources", "-f", "json").stdout) if s["origin"] == "user"]
    result = run("ingest", source_id)
    assert result.exit_code == 1 and "has no text" in result.stderr


def test_ingest_works_on_a_bundled_source_and_prints_a_table():
    result = run("ingest", "izvestia-tasmagambetov-interview", "--format", "table")
    assert result.exit_code == 0
    assert "Imangali Tasmagambetov" in result.stdout and "Izvestia" in result.stdout


def test_the_workflow_runs_end_to_end(tmp_path, article, user_home):
    """The README's workflow: source add; ingest > c.jsonl; edit; import; then the records
    are as good as bundled ones: validate, show --context, quote --verify, check."""
    env = subprocess_env(user_home)

    def cli(*args: str, **kw) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "cstofacts", *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            check=False,
            **kw,
        )

    source_id = cli("source", "add", str(article), "--title", "Ministers meet in Astana").stdout.strip()
    ingested = cli("ingest", source_id)
    assert ingested.returncode == 0, ingested.stderr
    rows = [json.loads(line) for line in ingested.stdout.splitlines()]
    kinds = {(r["kind"], r["text"], r["speaker"]) for r in rows}
    assert ("quote", "We are not preparing for war", "Sergei Lavrov") in kinds
    assert ("quote", "We will not accept pressure ... from any side.", "Sergei Lavrov") in kinds
    assert not any(r["text"] == "peacekeeping surge" or r["text"] == "Rock-2025" for r in rows)
    assert any(r["date"] == "2025-11-18" and r["date_implied"] for r in rows)
    # edit: drop the count, word the event in our words
    edited = [r for r in rows if r["found_by"] != "number"]
    for r in edited:
        if r["date"] == "2025-05-14":
            r["text"] = "Sergei Lavrov arrived in Astana for talks."
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in edited), "utf-8")
    imported = cli("import", "c.jsonl")
    assert imported.returncode == 0, imported.stderr
    assert f"imported {len(edited)} records" in imported.stderr
    assert cli("validate").returncode == 0
    exported = json.loads(cli("export", "--origin", "user").stdout)
    assert all(r["locator"] and r["evidence"] for r in exported)
    event = next(r for r in exported if r["date"] == "2025-05-14")
    context = json.loads(cli("show", event["id"], "--context", "-f", "json").stdout)[0]["context"]
    assert context.startswith("Russian Foreign Minister Sergei Lavrov arrived")
    assert cli("quote", "--verify", "we will not accept pressure from any side").returncode in (0, 3)
    assert cli("quote", "--verify", "We are not preparing for war").returncode == 0
    assert cli("check", "Sergei Lavrov arrived in Astana on 14 May 2025.").returncode == 0


def test_help_and_a_lookup_do_not_import_the_extractor_or_trafilatura():
    code = (
        "import sys; from cstofacts.cli import cli; cli.main(['search', 'khujand'], standalone_mode=False); "
        "print(sorted(m for m in sys.modules if m.startswith(('trafilatura', 'lxml', 'cstofacts.ingest'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.strip().splitlines()[-1] == "[]"
