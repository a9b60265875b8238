"""An entity's long name in a query finds the records that give its short one."""

from __future__ import annotations

import pytest

from cstofacts.index import SearchIndex
from cstofacts.search import rank
from cstofacts.store import load_store


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.from_store(load_store())


def test_the_long_name_finds_a_record_that_writes_the_abbreviation(index):
    # the record says "the UN General Assembly"; the query spells the UN out
    _, matches = rank("United Nations resolution on cooperation", index)
    assert matches[0].record.id == "un-general-assembly-resolution-csto-cooperation"


def test_a_short_name_counts_only_for_the_words_of_the_long_one(index):
    # "nations" alone names no entity: no abbreviation stands in for it
    query, _ = rank("nations resolution", index, min_score=0)
    assert "un" not in query.lookups[0].words
