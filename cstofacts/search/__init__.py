"""Search: rank the store's records against a free-text query, in stages:

- query: read the query: its dates, a Russian query's English (the glossary),
  a question's frame, its terms, and the entities it names;
- questions: the frames of questions and the kind of answer each asks for;
- words: what each word stands for in the index: itself, the word a typo was
  meant for, or, for a word no record holds, related words from the lexicon;
- ranking: score the records (words weighted by rarity and field, dates, the
  kind of answer a question asks for) and explain a score.
"""

from __future__ import annotations

from cstofacts.search.query import Query, parse_query
from cstofacts.search.ranking import (
    DEFAULT_MIN_SCORE,
    Component,
    Match,
    explain_match,
    rank,
)

__all__ = ["DEFAULT_MIN_SCORE", "Component", "Match", "Query", "explain_match", "parse_query", "rank"]
