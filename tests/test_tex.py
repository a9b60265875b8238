"""Real TeX and biber: the quote blocks compile under the README's preambles, verbatim,
with pdfLaTeX and LuaLaTeX, alone and in their biblatex form with `cite --format
biblatex` entries; pdftotext finds the quote and the Cyrillic author in the PDF; and
`biber --tool --validate-datamodel` accepts the entries. CI installs Debian's TeX
Live, biber and poppler-utils (.ci/run); elsewhere these tests are skipped, in CI
they fail without them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from cstofacts.models import Source
from cstofacts.output import citation

from .conftest import ROOT

TOOLS = ("pdflatex", "lualatex", "biber", "pdftotext")
pytestmark = pytest.mark.skipif(
    any(shutil.which(t) is None for t in TOOLS) and not os.environ.get("CI"),
    reason="TeX Live, biber and poppler-utils are not installed (CI installs Debian's packages)",
)

QUOTES = ("babaev-quote-2022-turning-point", "babaev-quote-key-security-structure-eurasia")
AUTHOR = "Арестова Татьяна"  # the byline of allies-csto-2023-2025, the source of both


def readme_preamble(first_line: str) -> str:
    """The README's LaTeX block that starts with `first_line`, verbatim."""
    blocks = re.findall(r"```latex\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.DOTALL)
    found = [b for b in blocks if b.startswith(first_line)]
    assert len(found) == 1, f"the README has no one LaTeX block starting {first_line!r}"
    return found[0]


PDF = "% pdfLaTeX"
UNICODE = "% XeLaTeX or LuaLaTeX"
BIBLATEX = "% biblatex"


def compile_pdf(tmp_path: Path, engine: str, preamble: str, body: str, *, bib: str | None = None) -> str:
    """The text pdftotext reads from `body` typeset under `preamble`; biber runs when
    there is a `bib`. Fails with TeX's first error when a run fails."""
    (tmp_path / "doc.tex").write_text(
        # (no hyphenation: pdftotext would give the words back cut in two)
        f"\\documentclass{{article}}\n{preamble}\\begin{{document}}\n\\hyphenpenalty=10000 \\exhyphenpenalty=10000\n{body}\n"
        + ("\\printbibliography\n" if bib is not None else "")
        + "\\end{document}\n",
        "utf-8",
    )
    if bib is not None:
        (tmp_path / "refs.bib").write_text(bib, "utf-8")
    runs = [[engine], ["biber"], [engine]] if bib is not None else [[engine]]
    for run in runs:
        args = [*run, "-interaction=nonstopmode", "-halt-on-error", "doc"] if run[0] != "biber" else ["biber", "doc"]
        done = subprocess.run(args, cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False)
        errors = [line for line in done.stdout.splitlines() if line.startswith("!") or "ERROR" in line]
        assert done.returncode == 0, f"{run[0]} failed: {errors[:3] or done.stdout[-2000:]}"
    pdf = subprocess.run(["pdftotext", "doc.pdf", "-"], cwd=tmp_path, capture_output=True, text=True, check=True)
    return " ".join(pdf.stdout.split())


def _words(invoke, quote_id: str) -> str:
    record = invoke("export", "-f", "json").stdout
    import json

    (text,) = [r["text"] for r in json.loads(record) if r["id"] == quote_id]
    return " ".join(text.split())


@pytest.mark.parametrize(("engine", "preamble"), [("pdflatex", PDF), ("lualatex", UNICODE)])
def test_quote_blocks_compile_under_the_readme_preamble(invoke, tmp_path, engine, preamble):
    body = "".join(invoke("quote", "--speaker", "babaev", "--limit", "9", "-f", "latex").stdout)
    assert "\\textcyrillic{Арестова Татьяна}" in body
    text = compile_pdf(tmp_path, engine, readme_preamble(preamble), body)
    assert f"by {AUTHOR}, via Allies. CSTO, para. 4" in text
    for quote_id in QUOTES:
        words = _words(invoke, quote_id).replace("'", "’")  # TeX prints ' as ’
        assert words in text, quote_id


@pytest.mark.parametrize(("engine", "preamble"), [("pdflatex", PDF), ("lualatex", UNICODE)])
def test_the_biblatex_form_compiles_with_biber(invoke, tmp_path, engine, preamble):
    blocks = invoke("quote", "--speaker", "babaev", "--limit", "9", "-f", "biblatex").stdout
    assert "\\blockquote[{\\autocite[para.~4]{allies-csto-2023-2025}}]{2022 became a turning point" in blocks
    bib = invoke("cite", *QUOTES, "izvestia-tasmagambetov-interview", "--format", "biblatex").stdout
    body = blocks + "\\autocite{izvestia-tasmagambetov-interview}\n"
    text = compile_pdf(tmp_path, engine, readme_preamble(preamble) + readme_preamble(BIBLATEX), body, bib=bib)
    assert "(Арестова n.d., para. 4)" in text  # one pair of parentheses, the author in Cyrillic
    assert "2022 became a turning point for a number of international political processes" in text
    # The bibliography: the author, and for the page without one its short title in the citation.
    assert f"{AUTHOR.split()[0]}, {AUTHOR.split()[1]} (n.d.). CSTO has proven its ability" in text
    assert "(CSTO Secretary General Imangali Tasmagambetov n.d.)" in text
    assert "Based on Izvestia" in text and "In: ()" not in text


def _datamodel_warnings(tmp_path: Path, bib: str) -> list[str]:
    (tmp_path / "check.bib").write_text(bib, "utf-8")
    done = subprocess.run(
        ["biber", "--tool", "--validate-datamodel", "check.bib", "--outfile", "out.bib"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:]
    return [line for line in done.stdout.splitlines() if line.startswith(("WARN", "ERROR"))]


def test_biber_validates_every_bundled_entry_save_the_date_and_address_no_source_gives(invoke, tmp_path):
    sources = {s["id"]: s for s in __import__("json").loads(invoke("sources", "-f", "json").stdout)}
    warnings = _datamodel_warnings(tmp_path, invoke("cite", *sources, "--format", "biblatex").stdout)
    # No journaltitle, author or any other field is missing: only what no bundled
    # page prints (a date, an address), which the entries never invent.
    allowed = set()
    for key, source in sources.items():
        assert source["date"] is None and source["url"] is None  # (so @online warns of them)
        allowed |= {
            f"Entry '{key}' (check.bib): Missing mandatory field - one of 'date, year' must be defined",
            f"Entry '{key}' (check.bib): Missing mandatory field - one of 'url, doi, eprint' must be defined",
        }
    assert [w for w in warnings if w.split("Datamodel: ", 1)[-1] not in allowed] == []


@pytest.mark.parametrize("outlet", ["The Times", None])
def test_biber_warns_on_nothing_when_the_source_gives_its_details(tmp_path, outlet):
    source = Source(
        "full",
        "A Title: And More",
        author="Арестова Татьяна",
        outlet=outlet,
        url="https://example.org/a",
        date="2025-05-28",
        reported_by=("TASS",),
    )
    assert _datamodel_warnings(tmp_path, citation.bibtex_entry(citation.Citation(source))) == []
