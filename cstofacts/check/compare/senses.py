"""Stage 3, words in a rarer sense: a claim's word the record has only in a sense
WordNet ranks low ("frozen its participation" for "suspend its participation", "the
full range" for "the full spectrum"), which counts toward support alone
(Comparison.loose_coverage), and a word's synonyms kept to its part of speech."""

from __future__ import annotations

from cstofacts import lexicon
from cstofacts.check.find.views import RecordView
from cstofacts.check.lexical import in_a_rarer_sense
from cstofacts.check.read.reading import Reading
from cstofacts.check.words import object_of_preposition, used_as


def rarer_sense(claim: Reading, i: int, record_words: set[str], view: RecordView) -> str:
    """The record word the claim's word at `i` means in a rarer sense of either, used in
    the same part of speech; a verb's only where it is done to the same thing ("froze
    its obligations" is no "suspend its participation"). "" for none."""
    use = used_as(claim, i)
    found = in_a_rarer_sense(claim.lemma_at(i), record_words, use)
    if found and use == "v" and not _done_to_the_same(claim, i, found, view):
        return ""
    return found


def noun_for_a_verb(claim: Reading, i: int, synonym: str) -> bool:
    """True when the claim uses the word at `i` as a noun after a preposition ("on
    hold") and its synonym in the record is only a verb ("maintain")."""
    if not object_of_preposition(claim, i):
        return False
    return lexicon.only_a_verb(synonym)


def _done_to_the_same(claim: Reading, i: int, word: str, view: RecordView) -> bool:
    """True when the record's `word` has, a few words after it, the thing the claim's verb
    at `i` is done to (its next content word): "froze its participation" and "suspend its
    participation"."""
    following = [j for j in claim.content if j > i][:1]
    if not following:
        return False
    thing = claim.lemma_at(following[0]).split()[0]  # ("military posture": its first word)
    for reading in view.readings:
        lemmas = [t.lemma for t in reading.tokens]
        for at, lemma in enumerate(lemmas):
            if lemma == word and thing in lemmas[at + 1 : at + 5]:
                return True
    return False
