"""The cue words, each in one role only (negspacy's test of its termsets)."""

from __future__ import annotations

import itertools

from cstofacts.check import termsets

ROLES = {
    "function words": termsets.FUNCTION_WORDS,
    "negations": termsets.NEGATIONS,
    "light verbs": termsets.LIGHT_VERBS,
    "negating verbs": termsets.NEGATING_VERBS,
    "absence nouns": termsets.ABSENCE_NOUNS,
    "hedges": termsets.HEDGES,
    "certainty": termsets.CERTAINTY,
    "conditions": termsets.CONDITIONS,
    "sentence contrasts": termsets.SENTENCE_CONTRASTS,
}


def test_no_word_stands_in_two_roles():
    for (first, a), (second, b) in itertools.combinations(ROLES.items(), 2):
        assert not a & b, f"{first} and {second} share {sorted(a & b)}"


def test_number_words_are_numbers():
    assert termsets.UNITS["seven"] == 7 and termsets.TENS["thirty"] == 30 and termsets.ORDINALS["fifth"] == 5


def test_parts_of_a_year_are_months_in_order():
    for table in (termsets.SEASONS, termsets.YEAR_PARTS, termsets.HALVES, termsets.QUARTERS):
        assert all(1 <= first <= last <= 14 for first, last in table.values())
