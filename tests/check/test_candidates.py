"""Stage 2: the records a claim may be about come from the search index, never a scan."""

from __future__ import annotations

from cstofacts.check import Checker
from cstofacts.check.find.candidates import about_the_world
from cstofacts.index import SearchIndex
from tests.check.verdicts import assert_verdict


def test_candidates_are_found_through_the_index_and_only_they_are_read(store):
    index = SearchIndex(store.records, store.entities)
    read: list[int] = []
    original = index.record

    def counting(position: int):
        read.append(position)
        return original(position)

    index.record = counting  # type: ignore[method-assign]
    checker = Checker(index)
    verdict = checker.check("The Khujand border agreement was signed on 31 March 2025.")
    assert verdict.verdict == "supported"
    assert 0 < len(set(read)) <= 40 < index.size  # a handful of candidates, not the store


def test_the_right_record_is_among_the_candidates(checker):
    views = checker.candidates.find(checker.read("Brothers-in-Arms 2022 was held in Belarus."))
    assert views[0].record.id == "brothers-in-arms-2022-exercise"


def test_what_a_record_says_of_its_source_is_not_read_as_a_denial():
    text = "Cooperation was discussed at a Security Council meeting (the text does not say which council)."
    assert about_the_world(text) == "Cooperation was discussed at a Security Council meeting."
    assert (
        about_the_world("The council, which it does not identify, said so; the article does not name it")
        == "The council said so"
    )


def test_a_record_knows_what_its_entities_are(checker):
    reading = checker.read("Tasmagambetov gave an interview to BelTA.")
    view = next(v for v in checker.candidates.find(reading) if v.record.id == "tasmagambetov-belta-interview")
    assert {"agency", "organization"} <= view.kind_words  # BelTA a news agency, the CSTO an organization
    words = {
        w["claim"]: w["how"]
        for w in checker.check("The agency interviewed Tasmagambetov.").explain["records"][0]["words"]
    }
    assert words.get("agency", "same") != "none"


def test_a_record_that_gives_a_quality_the_claim_says_is_not_there_is_a_candidate(checker):
    # "closed to new members": the record says "open to cooperation with those countries
    # that ... wish to join it", which holds neither "closed" nor "members"
    for text in (
        "The Secretary General said the CSTO is closed to new members.",
        "The Secretary General said the CSTO is not open to new members.",
    ):
        found = [view.record.id for view in checker.candidates.find(checker.read(text))]
        assert "csto-open-to-new-members-quote" in found, text
    assert_verdict(checker, "Tasmagambetov said the CSTO is closed to new members.", "refuted")
