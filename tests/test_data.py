"""The real bundled store: every record valid, every locator exact, every quote verbatim."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from cstofacts.models import Locator
from cstofacts.store import bundled_store_path, load_store
from cstofacts.validate import problems

from .conftest import ROOT


@pytest.fixture(scope="module")
def store():
    return load_store()


def test_bundled_store_has_no_problems(store):
    assert problems(store) == []


def test_every_locator_holds_its_evidence_to_the_character(store):
    for record in store.records:
        text = store.source_text(record.source)
        span = text[record.locator.start : record.locator.end]
        assert span == record.evidence, record.id


def test_every_quote_stands_verbatim_in_its_span(store):
    from cstofacts.locate import quote_is_verbatim

    quotes = [r for r in store.records if r.kind == "quote"]
    assert len(quotes) >= 20
    for record in quotes:
        text = store.source_text(record.source)
        assert quote_is_verbatim(record.text, text[record.locator.start : record.locator.end]), record.id
        assert record.speaker, record.id


def test_a_changed_word_in_a_quote_is_reported():
    store = load_store()
    quote = next(r for r in store.records if r.kind == "quote")
    store.records[store.records.index(quote)] = quote._replace(text=quote.text.replace(" the ", " a ", 1) + " indeed")
    assert any(p.startswith(f"{quote.id}: quote is not verbatim") for p in problems(store))


def test_a_locator_off_by_one_character_is_reported():
    store = load_store()
    record = store.records[0]
    moved = Locator(record.locator.paragraph, record.locator.start + 1, record.locator.end + 1)
    store.records[0] = record._replace(locator=moved)
    assert any(p.startswith(f"{record.id}: locator") for p in problems(store))


def test_the_store_is_what_the_authoring_files_build():
    # Locators are computed from the evidence by data/build.py, never typed:
    # a store edited by hand, or authoring files changed without a rebuild, fail here.
    result = subprocess.run(
        [sys.executable, str(ROOT / "data" / "build.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    sys.path.insert(0, str(ROOT / "data"))
    try:
        import build
    finally:
        sys.path.pop(0)
    built, found = build.build()
    assert found == []
    assert build.dump(built) == bundled_store_path().read_text("utf-8")


def test_records_cover_every_kind_and_every_source(bundled):
    records = list(bundled["records"].values())
    assert len(records) > 100
    assert {r["kind"] for r in records} == {"fact", "quote", "event"}
    assert {r["source"] for r in records} == {s["id"] for s in bundled["sources"].values()}


def test_ids_are_readable_slugs(bundled):
    import re

    for record in bundled["records"].values():
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", record["id"]), record["id"]


def test_sources_give_no_invented_url_or_date(bundled):
    # None of the five texts prints its URL or publication date.
    for source in bundled["sources"].values():
        assert source.get("url") is None and source.get("date") is None, source["id"]


def test_aliases_join_the_two_english_names_of_each_exercise(bundled):
    entities = {e["name"]: e for e in bundled["entities"].values()}
    assert "Brothers-in-Arms – 2023" in entities["Combat Brotherhood – 2023"]["aliases"]
    assert "Enduring Brotherhood" in entities["Unbreakable Brotherhood – 2023"]["aliases"]
    assert "Izvestiya" in entities["Izvestia"]["aliases"]
    assert "Арестова Татьяна" in entities["Tatyana Arestova"]["aliases"]


def test_store_and_sources_are_utf8_json(bundled):
    for path in (ROOT / "data" / "sources").glob("*.txt"):
        path.read_text("utf-8")
    assert json.loads(json.dumps(bundled)) == bundled
