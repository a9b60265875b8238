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


# ---- issue 12: whole-sentence evidence, periods, redirects ----------------------


def test_every_bundled_evidence_is_whole_sentences_and_supports_its_highlight():
    from cstofacts.sentences import is_whole_sentences
    from cstofacts.store import load_store

    store = load_store()
    for record in (r for r in store.records if r.origin == "bundled"):
        text = store.source_text(record.source)
        locator = record.locator
        assert is_whole_sentences(text, locator.start, locator.end), record.id
        if record.highlight is not None:
            assert locator.start <= locator.highlight_start < locator.highlight_end <= locator.end, record.id
            assert text[locator.highlight_start : locator.highlight_end] == record.highlight, record.id


def test_validate_rejects_a_bundled_evidence_cut_mid_sentence():
    from cstofacts.store import Store, bundled_store_path, read_tables
    from cstofacts.validate import problems

    tables = read_tables(bundled_store_path())
    doc = next(d for d in tables["records"].values() if d["id"] == "khujand-border-agreement")
    doc["locator"]["start"] += len("Bilateral consultations ")  # "held in 2024-2025 led to ..."
    doc["evidence"] = doc["evidence"][len("Bilateral consultations ") :]
    store = Store()
    store.add_tables(tables, bundled_store_path(), origin="bundled")
    assert problems(store) == [
        f"khujand-border-agreement: evidence {doc['locator']['start']}-{doc['locator']['end']} "
        "does not start and end at sentence boundaries"
    ]


def test_the_build_refuses_evidence_that_is_not_whole_sentences():
    import importlib.util

    spec = importlib.util.spec_from_file_location("build", ROOT / "data" / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    from cstofacts.sentences import boundaries

    text = (ROOT / "data" / "sources" / "allies-csto-2023-2025.txt").read_text("utf-8")
    record = {"kind": "fact", "text": "x", "evidence": '"Search-2023,"'}
    _, found = build.locate_record(record, text, boundaries(text))
    assert any("does not start where a sentence starts" in p for p in found)
    assert any("does not end where a sentence ends" in p for p in found)


def test_a_plan_is_dated_when_approved_and_its_period_is_apart(invoke):
    (plan,) = json.loads(invoke("show", "council-defense-ministers-approves-plan-2026-2030", "-f", "json").stdout)
    assert (plan["date"], plan["period"]) == ("2025-05-28", "2026/2030")
    assert invoke("timeline", "--from", "2026").exit_code == 1  # nothing happened in 2026-2030
    found = json.loads(invoke("search", "plan 2026-2030", "-f", "json").stdout)
    assert found[0]["period"] == "2026/2030"
    csv_header = invoke("show", "council-defense-ministers-approves-plan-2026-2030", "-f", "csv").stdout.splitlines()[0]
    assert "period" in csv_header.split(",")


def test_every_id_of_the_first_round_still_answers(invoke):
    old = (ROOT / "tests" / "fixtures" / "ids_round1.txt").read_text("utf-8").split()
    assert len(old) == 272
    result = invoke("show", *old, "-f", "json")
    assert result.exit_code == 0, result.stderr
    shown = json.loads(result.stdout)
    assert len(shown) == len(old)
    assert "note: csto-keeps-obligations-to-armenia is now izvestia-lead-csto-obligations-to-armenia" in result.stderr


def test_a_removed_twin_resolves_to_its_quote(invoke):
    result = invoke("show", "armenia-main-mechanisms-functioning", "-f", "json")
    (record,) = json.loads(result.stdout)
    assert record["kind"] == "quote" and record["id"] == "armenia-limited-participation-quote"
