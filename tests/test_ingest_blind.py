"""`ingest` on the blind articles (tests/ingest/articles/, answer keys written before the
extractor was tuned, never read while it was), as tests/benchmarks/ingest_blind.py
scores it. The issue's thresholds that the extractor meets as measured are asserted:
no title, name or scare quote taken as a quote, and dated-event recall of 80% or more.

Quote precision and recall with speakers were measured at 56% (24/43) and 57% (26/46),
below the 90% the issue asks; no test asserts them (see the lead's note)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import ROOT

SCRIPT = ROOT / "tests" / "benchmarks" / "ingest_blind.py"
ARTICLES = ROOT / "tests" / "ingest" / "articles"


@pytest.fixture(scope="module")
def totals() -> dict[str, int]:
    if not ARTICLES.is_dir() or not any(ARTICLES.glob("*.key.json")):
        pytest.skip("the blind articles are not in this checkout")
    out = subprocess.run([sys.executable, str(SCRIPT), "--json"], capture_output=True, text=True, check=True).stdout
    return json.loads(out)["totals"]


def test_no_title_name_or_scare_quote_is_taken_as_a_quote(totals):
    assert totals["not_quotes"] > 0
    assert totals["not_quotes_taken"] == 0


def test_dated_events_are_found_with_their_dates(totals):
    assert totals["events_key"] > 0
    assert totals["events_found"] / totals["events_key"] >= 0.8
