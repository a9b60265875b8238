"""How a phrase of the claim's ("general assembly", "keep track", "new member") stands
in a record: as one word of the lexicon, its words side by side, or loosely by its verb
(of a verb's phrase) or its head (of a noun's). A modifier of a phrase is never matched
alone: "new member" is not the record's "new impetus" of "member states"."""

from __future__ import annotations

from cstofacts import lexicon
from cstofacts.check.find.views import RecordView
from cstofacts.check.lexical import match_word
from cstofacts.check.termsets import LIGHT_VERBS
from cstofacts.check.words import Token

_HELD = ("same", "synonym", "derived")


def phrase_match(phrase: str, view: RecordView) -> tuple[str, str]:
    """(how, record word) for a phrase: written whole or side by side in the record, or
    related as a whole; a verb's phrase by its verb, written in the record."""
    if _written_together(phrase, view):
        return "same", phrase  # "the UN General Assembly": the words, one after the other
    found = match_word(phrase, phrase, view.lemmas)
    verb = phrase.split()[0]
    if found[0] == "none" and verb not in LIGHT_VERBS and lexicon.only_a_verb(phrase) and _verb_alone(verb, view):
        return "same", verb  # "keep track" against "keeping a close watch": the same verb
    return found


def _verb_alone(verb: str, view: RecordView) -> bool:
    """True when the record has the verb, not as a phrase of its own ("sets out" is
    no "set up")."""
    return any(
        token.lemma == verb and (at + 1 == len(tokens) or lexicon.entry(f"{verb} {tokens[at + 1].word}") is None)
        for tokens in (reading.tokens for reading in view.readings)
        for at, token in enumerate(tokens)
    )


def phrase_head(phrase: str, view: RecordView) -> tuple[str, str]:
    """A noun's phrase the record holds in no other way, by its head, loosely: "political
    leader" against "leaders" is of the kind, not the same."""
    if not any(c.startswith("noun.") for c in lexicon.classes(phrase)):
        return "none", ""  # ("director general", "rule out": no head of the lexicon's)
    head = phrase.split()[-1]
    how, word = match_word(head, head, view.lemmas)
    return ("related", word) if how in _HELD else ("none", "")


def _written_together(phrase: str, view: RecordView) -> bool:
    """True when the record has the phrase's words close together, in either order ("the
    system of international relations" holds "international system")."""
    words = phrase.split()
    span = len(words) + _GAP
    for reading in view.readings:
        tokens = reading.tokens
        for at, token in enumerate(tokens):
            if _is(token, words[0]) or _is(token, words[-1]):
                window = tokens[max(0, at - span + 1) : at + span]
                if all(any(_is(t, word) for t in window) for word in words):
                    return True
    return False


_GAP = 2  # words between, at most, of a phrase written apart


def _is(token: Token, word: str) -> bool:
    """The word itself, or a form WordNet derives from it ("political leadership" for "political leader")."""
    return token.lemma == word or token.word == word or lexicon.relation(token.lemma, word) == "derived"
