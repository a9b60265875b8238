"""Stage 3, qualities: whether a claim's quality and a record's opposite one qualify
the same thing ("a marginal role" and "the key role"; "his relations ... were
strained" and "excellent relations"), so that the two oppose each other."""

from __future__ import annotations

from cstofacts import lexicon
from cstofacts.check.find.views import RecordView
from cstofacts.check.read.reading import Reading
from cstofacts.check.termsets import ADJECTIVE_CLASSES, COPULAS, DETERMINERS
from cstofacts.check.words import noun_use, possessive, predicating

# The words that join a thing to whom or what it is of: "relations with", "ties between".
_LINKS = frozenset({"with", "between", "among", "of", "to", "toward", "towards"})
_PHRASE = 6  # words back from the quality, at most, to such a link


def of_the_same_thing(claim: Reading, i: int, word: str, view: RecordView) -> bool:
    """True when the claim's quality at `i` and the record's `word` qualify the same
    thing: the word right after the record's, and the claim's, or the thing the
    claim's quality is predicated of."""
    thing = _qualified(claim, i)
    return bool(thing) and thing in _things_after(view, word)


def _things_after(view: RecordView, word: str) -> set[str]:
    """The lemmas of the things the record's `word` stands right before ("joint exercises")."""
    return {
        tokens[j + 1].lemma
        for tokens in (r.tokens for r in view.readings)
        for j, t in enumerate(tokens[:-1])
        if t.lemma == word and not tokens[j + 1].function
    }


def _qualified(claim: Reading, i: int) -> str:
    """The lemma of what the quality at `i` qualifies: the word after it ("a marginal
    role"), or, for a quality said after "were" or "as", the first word back that is
    neither a name, a title nor a word of grammar ("his relations with the Secretary
    General were strained")."""
    tokens = claim.tokens
    if i + 1 < len(tokens) and not tokens[i + 1].function:
        return tokens[i + 1].lemma
    if not i or not predicating(tokens[i - 1]):
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


def synonym_of_another_thing(claim: Reading, i: int, word: str, view: RecordView) -> bool:
    """True when the claim's predicated adjective at `i` (no verb, not set off by commas)
    has the record's synonym `word` said of something else: "a confrontation is
    inevitable" against "it is necessary to take into account ..."."""
    token = claim.tokens[i]
    return (
        _adjective_not_verb(token.lemma)
        and "," not in claim.text[claim.tokens[i - 1].end : token.start]  # "is, overall, high": an aside
        and not of_the_same_thing(claim, i, word, view)
        and not _said_of_it(claim, i, word, view)
    )


def degree_of_a_quality(claim: Reading, i: int) -> bool:
    """True when the word at `i` is an adverb of degree opposed to "more" ("less"),
    before a quality ("less important"): it says the quality goes down."""
    tokens = claim.tokens
    if i + 1 >= len(tokens) or tokens[i + 1].function or not _a_quality(tokens[i + 1].lemma):
        return False
    # opposed as an adverb ("new" only as an adjective), to "more": a quality said to go down, which
    # a record must say ("more important" may be the record's "gaining additional value")
    entry = lexicon.entry(tokens[i].lemma)
    return entry is not None and "r" in entry.opposed_as and "more" in entry.antonyms


def _a_quality(lemma: str) -> bool:
    """An adjective and no noun or verb: "urgent", "important"."""
    return _adjective_not_verb(lemma) and not any(c.startswith("noun.") for c in lexicon.classes(lemma))


def _adjective_not_verb(lemma: str) -> bool:
    """An adjective WordNet has as no verb: "inevitable", not "passed"."""
    classes = lexicon.classes(lemma)
    return bool(classes & ADJECTIVE_CLASSES) and not any(c.startswith("verb.") for c in classes)


def _said_of_it(claim: Reading, i: int, word: str, view: RecordView) -> bool:
    """True when the record says its word of a thing the claim names too: the record's
    word comes after a copula whose subject's words the claim has ("the CSTO is capable")."""
    said = {t.lemma for t in claim.tokens[:i] if not t.function}
    for reading in view.readings:
        tokens = reading.tokens
        for j, token in enumerate(tokens):
            if token.lemma == word and j and predicating(tokens[j - 1]):
                before = {t.lemma for t in tokens[max(0, j - 6) : j - 1] if not t.function}
                if before & said:
                    return True
    return False


def own_adjective(lemma: str, word: str) -> bool:
    """A participle WordNet has as an adjective of its own, with an opposite: "closed"
    (not "open"), besides the verb "close" it is a form of."""
    own = lexicon.entry(word) if word != lemma else None
    return own is not None and bool(own.classes & ADJECTIVE_CLASSES) and bool(own.antonyms)


def qualities_of_other_things(claim: Reading, i: int, word: str, view: RecordView) -> bool:
    """True when the claim's adjective at `i` and the record's opposite `word` each
    stand before a thing, and not the same thing: "a separate peacekeeping exercise"
    (another one) against "joint exercises" is no contradiction."""
    tokens = claim.tokens
    if i + 1 >= len(tokens) or tokens[i + 1].function:
        return False
    # an adjective, or a word used as one between a determiner and a thing ("a separate exercise")
    attributive = bool(i) and tokens[i - 1].word in DETERMINERS and lexicon.classes(tokens[i].lemma) & ADJECTIVE_CLASSES
    if not (_adjective_not_verb(tokens[i].lemma) or attributive):
        return False
    if _a_quality(tokens[i + 1].lemma):
        return False  # "less urgent" against "even more relevant": a degree of a quality, no thing qualified
    theirs = _things_after(view, word)
    if _what_it_is(claim, i) and any(
        _what_it_is(r, j) for r in view.readings for j, t in enumerate(r.tokens) if t.lemma == word
    ):
        # "is only a secondary concern" against "is the organization's primary objective": one subject's rank
        return False
    return bool(theirs) and tokens[i + 1].lemma not in theirs


# Words back from a quality, at most, to the copula whose predicate it opens.
_TO_COPULA = 4


def _what_it_is(reading: Reading, i: int) -> bool:
    """True when the quality at `i` opens the noun phrase a copula says its subject is,
    with nothing but grammar and an owner between ("is only a secondary concern", "is
    the organization's primary objective")."""
    tokens = reading.tokens
    for j in range(i - 1, max(-1, i - 1 - _TO_COPULA), -1):
        if tokens[j].word in COPULAS:
            return True
        if not (tokens[j].function or possessive(reading.text, tokens[j])):
            return False
    return False


def opposed_in_no_such_use(claim: Reading, i: int) -> bool:
    """True when the claim's word at `i` is used as WordNet has no opposite of it: a noun
    heading its phrase whose opposites are an adjective's ("the official who ...",
    not "unofficial"), or a verb that links its subject to a quality ("stay calm", not
    "stay" as against "move")."""
    tokens = claim.tokens
    entry = lexicon.entry(tokens[i].lemma)
    if entry is None:
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if noun_use(claim, i) and (after is None or after.function) and "n" not in entry.opposed_as:
        return True
    if "verb.motion" in lexicon.classes(tokens[i].lemma) and _in_time_or_from_someone(claim, i):
        return True  # "came a month after", "came from Tasmagambetov": no going, so no leaving
    then = tokens[i + 2] if i + 2 < len(tokens) else None
    linking = (
        after is not None
        and not after.function
        and bool(lexicon.classes(after.lemma) & ADJECTIVE_CLASSES)
        and (then is None or then.function)
        and lexicon.entry(f"{tokens[i].lemma} {after.word}") is None  # "voted down", "scaled back": one verb
    )
    return linking and "a" not in entry.opposed_as  # "stay calm", not "destroys national sovereignty"


def _in_time_or_from_someone(claim: Reading, i: int) -> bool:
    """True when a verb of motion at `i` places an act in time ("came a month after the
    exercise", "followed a year later") or says whose it is ("came from Tasmagambetov")."""
    following = [t.word for t in claim.tokens[i + 1 : i + 5]]
    if any(w in ("after", "before", "later", "earlier") for w in following):
        return True
    return following[:1] == ["from"] and i + 2 in claim.named
