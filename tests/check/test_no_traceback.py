"""The checker reads any English-like sentence without an error: the words its
readers look ahead from ("quits", "not", "only", "the seventh", "aims to",
"Russia's", "whether") at every place in a sentence, its last word included."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cstofacts.check import NEI, REFUTED, SUPPORTED

# Words that open a look-ahead in some reader, and words that end or fill a sentence.
CUES = [
    "quits",
    "stop",
    "drop",
    "of",
    "habitually",
    "framing",
    "not",
    "only",
    "the",
    "first",
    "a",
    "single",
    "whether",
    "or",
    "aims",
    "to",
    "seek",
    "serve",
    "as",
    "seventh",
    "one",
    "priority",
    "covers",
    "Russia's",
    "BelTA",
    "is",
    "Kazakh",
    "news",
    "agency",
    "today's",
    "today",
    "has",
    "said",
    "he",
    "in",
    "within",
    "Eurasia",
    "Armenia's",
    "postponed",
    "set",
    "out",
    "laid",
    "from",
    "September",
    "into",
    "October",
    "2022",
    "doubtful",
    "that",
    "CSTO",
    "Tasmagambetov",
    "told",
    "Izvestia",
    ",",
    "Vladimir",
    "Putin",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CUES), min_size=1, max_size=9))
def test_any_sequence_of_the_readers_cue_words_is_read_and_judged(checker, words):
    sentence = " ".join(words).replace(" ,", ",") + "."
    assert checker.check(sentence).verdict in (SUPPORTED, REFUTED, NEI)


def test_a_verb_of_ending_as_the_clauses_last_word(checker):
    result = checker.check(
        "The balance of power might shift if Armenia quits, though the effects are hard to forecast."
    )
    assert result.verdict in (SUPPORTED, REFUTED, NEI)
