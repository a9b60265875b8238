"""A person asked for by several words of their office."""

from __future__ import annotations

import pytest

from cstofacts.index import SearchIndex
from cstofacts.search import rank
from cstofacts.store import load_store


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.from_store(load_store())


@pytest.mark.parametrize("query", ["NATO chief", "head of NATO"])
def test_the_holder_of_the_office_asked_for_comes_first(index, query):
    _, matches = rank(query, index)
    assert "Jens Stoltenberg" in matches[0].record.text  # not another of the records that say NATO


def test_the_offices_outlive_the_cached_index(invoke, user_home):
    import json

    for _ in range(2):  # the first search builds and caches the index, the second loads it
        found = json.loads(invoke("search", "NATO chief", "-f", "json").stdout)
        assert "Jens Stoltenberg" in found[0]["text"]


@pytest.mark.parametrize("query", ["Kazakh leader", "Kazakhstan's top official"])
def test_the_words_for_any_office_holder_find_the_holder(index, query):
    # the sources call Tokayev the Kazakh President; a reader calls him the Kazakh leader
    _, matches = rank(query, index)
    assert "Tokayev" in matches[0].record.text
