"""Real pandoc: `quote --format pandoc` with a `cite --format csl-json` bibliography, and
every block format read back by pandoc with its special characters intact."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from cstofacts.locate import fold

from .conftest import SPECIAL

PANDOC = shutil.which("pandoc")
pytestmark = pytest.mark.skipif(
    PANDOC is None, reason="pandoc is not on PATH (CI installs Debian's package: apt-get install pandoc)"
)

QUOTES = ("armenia-limited-participation-quote", "babaev-quote-2022-turning-point")


def pandoc(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    assert PANDOC is not None
    return subprocess.run([PANDOC, *args], input=stdin, capture_output=True, text=True, check=True, timeout=60)


def test_pandoc_resolves_the_quote_citations_with_the_cite_bibliography(invoke, tmp_path: Path):
    doc = tmp_path / "article.md"
    refs = tmp_path / "refs.json"
    blocks = [invoke("quote", "armenia limited participation", "-f", "pandoc").stdout,
              invoke("quote", "turning point", "--speaker", "babaev", "-f", "pandoc").stdout]
    assert "[@izvestia-tasmagambetov-interview, para. 7]" in blocks[0]
    assert "[@allies-csto-2023-2025, para. 4]" in blocks[1]
    doc.write_text("\n".join(blocks), "utf-8")
    refs.write_text(invoke("cite", *QUOTES, "-f", "csl-json").stdout, "utf-8")

    # The command the docs give: pandoc --citeproc --bibliography refs.json article.md
    result = pandoc("--citeproc", "--bibliography", str(refs), "--to", "plain", "--wrap", "none", str(doc))
    out = result.stdout

    assert "Citeproc" not in result.stderr and "not found" not in result.stderr
    assert "@izvestia" not in out and "@allies" not in out  # every citation resolved
    # The in-text citations (title for the anonymous article, author for the other)
    # with their paragraph, then the bibliography.
    assert "para. 7)" in out and "(Арестова, n.d., para. 4)" in out
    assert "“The CSTO Secretary General Imangali Tasmagambetov — on the" in out
    assert "Арестова, Татьяна. n.d." in out
    assert "Armenia has indeed limited its participation in the work of the CSTO" in out
    assert "— Imangali Tasmagambetov, CSTO Secretary General" in out


def test_pandoc_html_output_links_the_citation_to_the_bibliography(invoke, tmp_path: Path):
    doc = tmp_path / "article.md"
    refs = tmp_path / "refs.json"
    doc.write_text(invoke("quote", "soft alliance", "-f", "pandoc").stdout, "utf-8")
    refs.write_text(invoke("cite", "izvestia-tasmagambetov-interview", "-f", "csl-json").stdout, "utf-8")
    out = pandoc("--citeproc", "--bibliography", str(refs), "--to", "html", str(doc)).stdout
    assert 'data-cites="izvestia-tasmagambetov-interview"' in out
    assert 'id="ref-izvestia-tasmagambetov-interview"' in out


# pandoc's reader for each format; Markdown is read as CommonMark (no smart quotes),
# the pandoc format with pandoc's own Markdown.
READERS = {"markdown": "commonmark", "pandoc": "markdown", "rst": "rst", "html": "html", "latex": "latex"}


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_each_format_reads_back_with_its_special_characters(invoke, tiny_db, fmt):
    block = invoke("--db", tiny_db, "quote", "costs", "-f", fmt).stdout
    text = " ".join(pandoc("--from", READERS[fmt], "--to", "plain", "--wrap", "none", stdin=block).stdout.split())
    expected = SPECIAL
    if fmt == "latex":  # pandoc's LaTeX reader drops \textbar, which LaTeX itself prints as |
        expected = expected.replace(" | ", " ")
    assert expected in text
    assert "Jane Roe, Analyst" in text


def test_the_bundled_quotes_read_back_verbatim_in_every_format(invoke):
    rows = json.loads(invoke("quote", "--speaker", "babaev", "-f", "json").stdout)
    for fmt, reader in READERS.items():
        block = invoke("quote", "--speaker", "babaev", "-f", fmt).stdout
        text = " ".join(pandoc("--from", reader, "--to", "plain", "--wrap", "none", stdin=block).stdout.split())
        if fmt == "latex":
            # TeX itself prints ' as ’ (a typographic form only, which the contract allows),
            # and pandoc's reader writes ... as one character.
            text = fold(text.replace("…", "..."))
        for row in rows:
            assert (fold(row["text"]) if fmt == "latex" else row["text"]) in text, (fmt, row["id"])


@pytest.mark.parametrize("fmt", ["markdown", "pandoc", "rst"])
def test_quotes_appended_one_after_another_stay_apart(invoke, fmt):
    # What `cstofacts quote ... >> article.md` twice leaves in the file.
    appended = invoke("quote", "soft alliance", "-f", fmt).stdout + invoke("quote", "turning point", "-f", fmt).stdout
    document = json.loads(pandoc("--from", READERS[fmt], "--to", "json", stdin=appended).stdout)
    quotes = [block for block in document["blocks"] if block["t"] == "BlockQuote"]
    assert len(quotes) == 2
