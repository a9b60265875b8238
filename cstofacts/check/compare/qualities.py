"""Stage 3, qualities: whether a claim's quality and a record's opposite one qualify
the same thing ("a marginal role" and "the key role"; "his relations ... were
strained" and "excellent relations"), so that the two oppose each other."""

from __future__ import annotations

from cstofacts.check.find.candidates import RecordView
from cstofacts.check.read.reading import Reading
from cstofacts.check.termsets import PREDICATING

# The words that join a thing to whom or what it is of: "relations with", "ties between".
_LINKS = frozenset({"with", "between", "among", "of", "to", "toward", "towards"})
_PHRASE = 6  # words back from the quality, at most, to such a link


def of_the_same_thing(claim: Reading, i: int, word: str, view: RecordView) -> bool:
    """True when the claim's quality at `i` and the record's `word` qualify the same
    thing: the word right after the record's, and the claim's, or the thing the
    claim's quality is predicated of."""
    thing = _qualified(claim, i)
    if not thing:
        return False
    for reading in (view.reading, view.focus):
        tokens = reading.tokens if reading is not None else []
        if any(t.lemma == word and j + 1 < len(tokens) and tokens[j + 1].lemma == thing for j, t in enumerate(tokens)):
            return True
    return False


def _qualified(claim: Reading, i: int) -> str:
    """The lemma of what the quality at `i` qualifies: the word after it ("a marginal
    role"), or, for a quality said after "were" or "as", the first word back that is
    neither a name, a title nor a word of grammar ("his relations with the Secretary
    General were strained")."""
    tokens = claim.tokens
    if i + 1 < len(tokens) and not tokens[i + 1].function:
        return tokens[i + 1].lemma
    if not i or tokens[i - 1].word not in PREDICATING:
        return ""
    named = claim.named | claim.titles
    start = i - 2
    # "relations with the Secretary General were tense": the thing the "with" phrase follows
    link = next((j for j in range(start, max(-1, start - _PHRASE), -1) if tokens[j].word in _LINKS), None)
    for j in range(start if link is None else link - 1, -1, -1):
        if j in named or tokens[j].function:
            continue
        return tokens[j].lemma
    return ""
