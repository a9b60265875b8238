"""Fixtures of the check stages: one store, one checker, read once per session."""

from __future__ import annotations

import pytest

from cstofacts.check import Checker
from cstofacts.check.read.names import NameIndex
from cstofacts.store import load_store


@pytest.fixture(scope="session")
def store():
    return load_store()


@pytest.fixture(scope="session")
def checker(store) -> Checker:
    return Checker(store.records, store.entities, store.source_text)


@pytest.fixture(scope="session")
def names(store) -> NameIndex:
    return NameIndex(store.entities)
