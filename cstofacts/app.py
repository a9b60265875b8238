"""What every command shares, click's or not (cstofacts.launch): the store and its
search index, each loaded once, on first use; and the one check of what a user typed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cstofacts.errors import InvalidInput
from cstofacts.escape import control_at

if TYPE_CHECKING:
    from cstofacts.index import SearchIndex
    from cstofacts.store import Store

MAX_QUERY = 2000  # characters; longer "queries" are pasted documents: use check --file


class App:
    """What every command shares: the store and its search index, each loaded once, on first use."""

    def __init__(self, db: str | None) -> None:
        self.db = None
        if db is not None:
            from pathlib import Path

            self.db = Path(db)
        self._store: Store | None = None
        self._index: SearchIndex | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            from cstofacts.store import load_store

            self._store = load_store(self.db)
        return self._store

    @property
    def index(self) -> SearchIndex:
        if self._index is None:
            from cstofacts.index_cache import open_index
            from cstofacts.store import store_paths

            self._index = open_index(store_paths(self.db), lambda: self.store)
        return self._index


def check_query(text: str, what: str = "query") -> str:
    """Reject input no lookup can use, with one clear line (exit 2)."""
    stripped = text.strip()
    if not stripped:
        raise InvalidInput(f"the {what} is empty")
    if len(stripped) > MAX_QUERY:
        raise InvalidInput(f"the {what} is {len(stripped):,} characters long; the limit is {MAX_QUERY:,}")
    if control_at(stripped) >= 0:
        raise InvalidInput(f"the {what} holds control characters")
    if not stripped.isascii() and any("\udc80" <= ch <= "\udcff" for ch in stripped):
        # bytes the shell passed that are not UTF-8, which Python keeps as lone surrogates
        raise InvalidInput(f"the {what} is not UTF-8 text")
    return stripped
