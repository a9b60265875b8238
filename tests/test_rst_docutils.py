"""Real docutils: `quote --format rst` read with smart quotes on (Sphinx's default)
and off gives back every quote's words exactly as the source prints them."""

from __future__ import annotations

import json

import pytest

from .conftest import SPECIAL

docutils_core = pytest.importorskip("docutils.core")  # in the test extra: CI has it


def block_quotes(rst: str, smart_quotes: bool) -> list[str]:
    """The text of each block quote (its words, then its attribution), as docutils reads `rst`."""
    from docutils import nodes

    settings = {"smart_quotes": smart_quotes, "report_level": 2, "halt_level": 2}
    tree = docutils_core.publish_doctree(rst, settings_overrides=settings)
    return [" ".join(quote.astext().split()) for quote in tree.findall(nodes.block_quote)]


@pytest.mark.parametrize("smart_quotes", [True, False])
def test_every_bundled_quote_reads_back_verbatim(invoke, smart_quotes):
    rows = json.loads(invoke("quote", "-f", "json").stdout)
    quotes = block_quotes(invoke("quote", "-f", "rst").stdout, smart_quotes)
    assert len(quotes) == len(rows)
    for row, text in zip(rows, quotes):
        assert " ".join(row["text"].split()) in text, row["id"]
        assert row["speaker"] in text


def test_apostrophes_quotes_dashes_and_ellipses_stay_as_typed(invoke, tiny_db):
    (costs,) = block_quotes(invoke("--db", tiny_db, "quote", "costs", "-f", "rst").stdout, True)
    assert SPECIAL in costs
    assert 'in “Tricky & "odd" <title> 100% {x}”' in costs  # the attribution too
    (dynamics,) = block_quotes(invoke("--db", tiny_db, "quote", "dynamics", "-f", "rst").stdout, True)
    assert "The dynamics of the CSTO's activities... indicates its significance" in dynamics
