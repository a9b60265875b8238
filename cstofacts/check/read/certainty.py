"""Words of certainty (part of stage 1, read by cues): "definitely", "will", an adverb
or a predicated adjective that WordNet ties to one ("stated flatly", "confidently",
"is inevitable", "unavoidable"), and "certain" said of someone ("are certain that").
Stage 4 compares them with the other side's hedges."""

from __future__ import annotations

from functools import lru_cache

from cstofacts import lexicon
from cstofacts.check.termsets import CERTAINTY, VERBS_OF_BEING
from cstofacts.check.words import Token, next_word


def certain_adverb(word: str) -> bool:
    """One of CERTAINTY, an adverb the lexicon gives as a synonym of one ("flatly" for
    "categorically"), or the adverb of an adjective of certainty ("confidently")."""
    if word in CERTAINTY:
        return True
    if not word.endswith("ly"):
        return False
    return (
        bool(lexicon.synonyms(word) & CERTAINTY)
        or _of_a_sure_adjective(word)
        or any(_certain_adjective(base) for base in _adjectives_of(word))
    )


def of_confidence(word: str) -> bool:
    """True for an adverb of someone's confidence ("confidently", "positively"): sure of
    what he says, which is no necessity of the act ("can confidently assess")."""
    return word not in CERTAINTY and word.endswith("ly") and _of_a_sure_adjective(word)


def _of_a_sure_adjective(adverb: str) -> bool:
    """ "confidently": the adverb of "certain" or of one of its synonyms ("confident")."""
    return any(base in _sure_words() for base in _adjectives_of(adverb))


def certain_adjective(tokens: list[Token], i: int) -> bool:
    """ "is inevitable", "called the clash unavoidable": an adjective whose adverb is
    one of certainty ("inevitably", "unavoidably"), said of a thing, not before a noun
    ("certain countries", "a definite plan")."""
    word = tokens[i].word
    if word.endswith("ly") or tokens[i].lemma != word or not _certain_adjective(word):
        return False  # (not a verb's form: "has decided to leave")
    after = next_word(tokens, i)
    if not after.isalpha() or after in ("to", "that"):
        return True  # "is inevitable.", "is certain to", "called it unavoidable,"
    # after a copula, not before its noun ("there is inevitable escalation")
    return i > 0 and tokens[i - 1].word in VERBS_OF_BEING and tokens[i + 1].function


def phrase_of_certainty(tokens: list[Token], i: int) -> bool:
    """ "for certain", "for sure": the phrase of this word and the one before is a
    synonym of a word of certainty."""
    return bool(lexicon.synonyms(f"{tokens[i - 1].word} {tokens[i].word}") & CERTAINTY)


def sure_that(tokens: list[Token], i: int) -> bool:
    """ "are certain that", "confident that", "all but certain": "certain", or an
    adjective WordNet gives as its synonym ("sure", "convinced"), said of someone or
    something; not before a noun ("certain countries") nor as a quality ("how
    confident and resolute the alliance is")."""
    if tokens[i].word not in _sure_words():
        return False
    after = next_word(tokens, i)
    if after in ("that", "to"):
        return True
    # "is certain.", "all but certain": "certain" itself, the sentence's last word, after a
    # copula or "but" (not its synonyms there: "is positive." is a judgement, "is definite." a fact)
    last = not after.isalpha() and i > 0 and tokens[i - 1].word in VERBS_OF_BEING | {"but"}
    return last and tokens[i].word == "certain"


@lru_cache(maxsize=256)
def _certain_adjective(word: str) -> bool:
    """True for an adjective whose adverb is one of certainty: "inevitable"
    ("inevitably"), "unavoidable" ("unavoidably", WordNet's synonym of "inevitably");
    not a word of need ("necessary": "necessarily" is one too), nor "certain" and its
    synonyms, which sure_that reads."""
    entry = lexicon.entry(word)
    if entry is None or "adj.all" not in entry.classes or word in _sure_words() or word in _need_words():
        return False
    return any(adverb in CERTAINTY or bool(lexicon.synonyms(adverb) & CERTAINTY) for adverb in _adverbs_of(word))


def _adverbs_of(adjective: str) -> tuple[str, ...]:
    """The adverbs English spelling makes of an adjective: "inevitable" -> "inevitably",
    "sure" -> "surely", "happy" -> "happily"."""
    if adjective.endswith("le"):
        return (adjective[:-1] + "y",)
    if adjective.endswith("y"):
        return (adjective[:-1] + "ily",)
    return (adjective + "ly",)


def _adjectives_of(adverb: str) -> tuple[str, ...]:
    """The adjectives an "-ly" adverb may come from: "confidently" -> "confident"."""
    stem = adverb[:-2]
    if adverb.endswith("bly"):
        return (stem + "le",)
    if adverb.endswith("ily"):
        return (stem, adverb[:-3] + "y")
    return (stem,)


# WordNet's adjective of need, whose synonyms ("necessary", "required") say what must be
# done, not that it will be.
NEEDED = "needed"


@lru_cache(maxsize=1)
def _need_words() -> frozenset[str]:
    return frozenset({NEEDED, *lexicon.synonyms(NEEDED)})


@lru_cache(maxsize=1)
def _sure_words() -> frozenset[str]:
    return frozenset({"certain", *lexicon.synonyms("certain")})
