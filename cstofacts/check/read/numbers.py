"""Counts a sentence gives, in digits or in words, anywhere in it: "15 documents",
"Fifteen documents were signed", "seven key areas", "the 30th anniversary",
"more than 30 years", "twenty-five states"."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import NamedTuple

from cstofacts import lexicon
from cstofacts.check.termsets import MODALS, MULTIPLES, ORDINALS, PREPOSITIONS, TENS, TIME_UNITS, UNITS, VERBS_OF_BEING
from cstofacts.check.words import Token, compound_head

# Words between a number and what it counts that do not change what is counted.
_BETWEEN = frozenset(
    {
        "key",
        "main",
        "new",
        "more",
        "other",
        "complementary",
        "special",
        "priority",
        "member",
        "separate",
        "major",
        "different",
        "successive",
        "consecutive",
        "full",
        "whole",
    }
)
APPROXIMATE = frozenset(
    {"about", "around", "approximately", "nearly", "almost", "some", "roughly", "over", "than", "least", "most"}
)
# Verbs whose own preposition "around" or "about" is, not an approximation: "organised
# around four spheres", "talked about two issues" ("signed about 16 documents" is
# approximate).
_GOVERNING = {
    "around": frozenset({"organize", "center", "centre", "build", "revolve", "structure", "base", "focus"}),
    "about": frozenset({"talk", "speak", "write", "argue", "think", "worry", "care"}),
}


def bound_of(tokens: list[Token], at: int) -> str:
    """Which way an approximate count bounds its number: "more than 30", "over 30" from
    below; "fewer than 30", "less than 30" from above; "about 30" neither."""
    before = tokens[at - 1].word
    if before == "than" and at > 1:
        before = tokens[at - 2].word
    if before in ("more", "over") or (before == "least" and at > 1 and tokens[at - 2].word == "at"):
        return "more"  # ("at least 20": 20 or more)
    if before == "most" and at > 1 and tokens[at - 2].word == "at":
        return "less"
    return "less" if before in ("less", "fewer") else ""


def _governed(tokens: list[Token], at: int) -> bool:
    """True when "around" or "about" is the preposition of the verb before it."""
    verbs = _GOVERNING.get(tokens[at].word, frozenset())
    return at > 0 and tokens[at - 1].lemma in verbs


def _during(tokens: list[Token], at: int, noun: str | None) -> bool:
    """ "over thirty years of existence it has shown ...": "over" a span is through it,
    not more than it ("for over thirty years", "it has been over thirty years" are)."""
    if tokens[at - 1].word != "over" or not (noun in TIME_UNITS or noun in YEARS_IN):
        return False
    # at a clause's start or after a verb ("has proven itself over"), not after a
    # preposition or a copula ("with over 25 years", "in over 20 years", "has been over")
    before = tokens[at - 2] if at > 1 else None
    return before is None or not (before.word in PREPOSITIONS or before.lemma == "be")


class Count(NamedTuple):
    value: int
    noun: str | None  # the lemma of what is counted ("document"), or None
    ordinal: bool  # "the seventh", "30th": a rank, not a count
    approximate: bool  # "more than 30", "about 15"
    at: int  # token index of the number
    written: str = ""  # what is counted as the sentence writes it ("documents"), "" for none
    bound: str = ""  # "more" ("more than 30", "over 30"), "less" ("fewer than 30"), else ""


def approximation_words(tokens: list[Token], count: Count) -> set[int]:
    """Where the words stand that make a count approximate or bound it ("some" of "some
    25", "more than" of "more than 30"): the count's own, no content of the claim."""
    if not count.approximate or count.at < 1:
        return set()
    at = count.at
    bounding = at > 1 and (
        (tokens[at - 1].word == "than" and tokens[at - 2].word in ("more", "less", "fewer"))
        or (tokens[at - 1].word in ("least", "most") and tokens[at - 2].word == "at")
    )
    return {at - 1, at - 2} if bounding else {at - 1}


def _value(token: Token) -> tuple[int, bool] | None:
    """(value, is ordinal) of one token."""
    word = token.word
    if word.isdigit() and len(word) < 7:
        return int(word), False
    if word.replace(",", "").isdigit() and "," in word:
        return int(word.replace(",", "")), False
    if word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th"):
        return int(word[:-2]), True
    if word in UNITS:
        return UNITS[word], False
    if word in TENS:
        return TENS[word], False
    if word in ORDINALS:
        return ORDINALS[word], True
    if "-" in word:
        tens, _, unit = word.partition("-")
        if tens in TENS and unit in UNITS and UNITS[unit] < 10:
            return TENS[tens] + UNITS[unit], False
    if word in MULTIPLES and word != "million":
        return MULTIPLES[word], False
    return None


def _qualifier(token: Token) -> bool:
    """A word that only qualifies what is counted: an adjective or adverb and nothing
    else ("three stated aims", "three mutually complementary spheres"), or a compound
    whose last word is one ("military-political")."""
    word = compound_head(token.word) if "-" in token.word[1:-1] else token.word
    classes = lexicon.classes(word)
    return bool(classes) and all(c.startswith(("adj.", "adv.")) for c in classes)


def _heads_for_a_rank(tokens: list[Token], at: int) -> bool:
    """True when the word at `at`, after an ordinal, is what is ranked: a noun followed
    by an inflected word ("the seventh priority covers"), a function word or nothing,
    none of which can be the singular a rank counts ("the seventh priority area")."""
    after = tokens[at + 1] if at + 1 < len(tokens) else None
    # or by a word of no content, or nothing: "the third priority in the article's list"
    ends = after is None or after.function or after.word != after.lemma
    return ends and any(c.startswith("noun.") for c in lexicon.classes(tokens[at].lemma))


# Words before "one" that make it a count: "only one task", "just one".
_ONLY_ONE = frozenset({"only", "just", "exactly", "single"})


def _one_among(tokens: list[Token], i: int) -> bool:
    """ "one task for the new leadership", "one priority on the agenda": the noun after
    "one" qualified by a phrase, as one among others is; not "one document was signed"."""
    if i + 2 >= len(tokens):
        return False
    after = tokens[i + 2]
    return after.function and after.word not in VERBS_OF_BEING and after.word not in MODALS


def find_counts(tokens: list[Token], skip: AbstractSet[int] = frozenset()) -> list[Count]:
    """The counts among `tokens`; tokens at `skip` (those of dates and names) are not read."""
    found = []
    for i, token in enumerate(tokens):
        if i in skip:
            continue
        value = _value(token)
        compound = _compound_count(token) if value is None else None
        if compound is not None:
            value = compound[0], False  # "a ten-year period": the count, and what it counts, in one word
        if value is None:
            continue
        number, ordinal = value
        if not ordinal and 1900 <= number <= 2100 and token.word.isdigit():
            continue  # a year: dates read it
        after = [t.word for t in tokens[i + 1 : i + 3]] + ["", ""]
        if token.word == "one" and (
            after[0] in ("", "another") or after[1] == "of" or after[0] in PREPOSITIONS | {"without"}
        ):
            continue  # "one of the ...", "one another", "one without rigid discipline" (a preposition the
            # termsets keep among the negations): no count
        if token.word == "one" and not (i and tokens[i - 1].word in _ONLY_ONE) and _one_among(tokens, i):
            continue  # "One task for the new leadership was ...": one of them; "one document was signed" counts
        noun, written = (compound[1], compound[2]) if compound else (None, "")
        for j in range(i + 1, min(len(tokens), i + 4) if compound is None else 0):
            nxt = tokens[j]
            if ordinal and nxt.word in _BETWEEN and _heads_for_a_rank(tokens, j):
                noun, written = nxt.lemma, nxt.word  # "the seventh priority covers ...": the priority
                break
            if nxt.word in _BETWEEN or nxt.word == "-" or (j in skip and nxt.capitalised) or _qualifier(nxt):
                continue  # "six CSTO member states", "two military-political blocs": they qualify what is counted
            if nxt.word.endswith("ing") and j + 1 < len(tokens) and not tokens[j + 1].function:
                continue  # "three mutually reinforcing areas": a participle before the noun qualifies it
            if not nxt.function and j not in skip and _value(nxt) is None:
                # a compound counts its head: "six member-state leaders" are of six states
                noun = compound_head(nxt.word) if "-" in nxt.word[1:-1] else nxt.lemma
                written = nxt.word
            break
        of_the = [t.word for t in tokens[i + 1 : i + 3]] == ["of", "the"]
        of_some = i + 2 < len(tokens) and tokens[i + 1].word == "of" and _value(tokens[i + 2]) is not None
        if noun is None and ordinal and (of_the or of_some):
            # "the third of the priority areas", "the second of (the) three spheres": the ordinal
            # ranks the head of what follows "of", past the count of them
            for at, nxt in enumerate(tokens[i + 2 : i + 8], i + 2):
                if (nxt.word == "the" and at == i + 2) or (_value(nxt) is not None and noun is None):
                    continue
                if nxt.function or _value(nxt) is not None or (noun and nxt.word.endswith(("ed", "ing"))):
                    break  # (nor a participle after the head: "the sixth of the areas listed")
                noun, written = nxt.lemma, nxt.word
        if noun is None and not ordinal and after[:2] == ["of", "them"]:
            noun, written = _antecedent(tokens, i)  # "sets out seven of them": of the key areas named before
        approximate = (
            i > 0
            and tokens[i - 1].word in APPROXIMATE
            and not _governed(tokens, i - 1)
            and not _during(tokens, i, noun)
        )
        if noun in YEARS_IN and not ordinal:  # "three decades" are thirty years
            number, noun, written = number * YEARS_IN[noun], "year", "years"
        found.append(Count(number, noun, ordinal, approximate, i, written, bound_of(tokens, i) if approximate else ""))
    return found + _ranks_in_words(tokens, {c.at for c in found} | set(skip))


# What a count written as one compound may count: a time, a group, people ("a ten-year
# period", "the three-country deal", "a 30-member secretariat"); not "three-way", nor a
# place ("a six-state alliance", whose states a record counts as "member states").
_COMPOUND_COUNTED = frozenset({"noun.time", "noun.group", "noun.person"})


def _compound_count(token: Token) -> tuple[int, str, str] | None:
    """(value, the lemma of what it counts, as written) of a count written as one
    compound with what it counts: "a ten-year period", "its 30-year history"."""
    first, _, rest = token.word.partition("-")
    if not rest or "-" in rest:
        return None
    value = _value(Token(first, first, first, token.start, token.start + len(first)))
    noun = lexicon.lemma(rest)
    if value is None or value[1] or not lexicon.classes(noun) & _COMPOUND_COUNTED:
        return None
    return value[0], noun, rest


YEARS_IN = {"decade": 10, "century": 100}  # the spans a draft counts years in
_LIST_WITHIN = 6  # words from "heads" to its "list": "tops the CSTO article's list of priority areas"


def _ranks_in_words(tokens: list[Token], taken: AbstractSet[int]) -> list[Count]:
    """A rank a list's words give without an ordinal: what "heads" or "tops" a list of
    things (or is at its "top") is the first of them; what comes "last among" seven of
    them, the seventh."""
    ranks = []
    for i, token in enumerate(tokens):
        if token.lemma in ("head", "top") and i not in taken:
            listed = next(
                (j for j in range(i + 1, min(len(tokens), i + _LIST_WITHIN)) if tokens[j].word == "list"), None
            )
            if listed is not None and listed + 2 < len(tokens) and tokens[listed + 1].word == "of":
                # the head of what is listed: "priority tasks facing ...", "current threats to ..."
                words: list[Token] = []
                for t in tokens[listed + 2 : listed + 5]:
                    if t.function or (words and t.word.endswith("ing")):
                        break
                    words.append(t)
                nouns = [t for t in words if not _qualifier(t)]
                if nouns:
                    ranks.append(Count(1, nouns[-1].lemma, True, False, i, nouns[-1].word))
        elif token.word == "last" and i + 1 < len(tokens) and tokens[i + 1].word in ("among", "of", "in"):
            total = next((j for j in range(i + 2, min(len(tokens), i + 6)) if _value(tokens[j])), None)
            value = _value(tokens[total]) if total is not None else None
            if total is not None and value is not None and not value[1] and total + 1 < len(tokens):
                ranks.append(Count(value[0], tokens[total + 1].lemma, True, False, i, tokens[total + 1].word))
    return ranks


def _antecedent(tokens: list[Token], at: int) -> tuple[str | None, str]:
    """What "them" stands for in "N of them": the nearest plural noun before, or, where
    that one follows "of", the plural noun it is of ("the key areas of the efforts ...,
    and it sets out seven of them": the areas)."""
    plurals = [
        k
        for k in range(at)
        if tokens[k].word != tokens[k].lemma
        and tokens[k].word.endswith("s")
        and not tokens[k].function
        and any(c.startswith("noun.") for c in lexicon.classes(tokens[k].lemma))
        and not (k and tokens[k - 1].word in _SUBJECTS)  # "it sets out": a verb
        and at - k > 2  # "names three of them", "sets out seven of them": the verb that counts them
    ]
    if not plurals:
        return None, ""
    k = plurals[-1]
    while True:
        before = k - 1 - (k > 0 and tokens[k - 1].word in ("the", "its", "their"))
        head = [p for p in plurals if p < before and all(tokens[q].word != "of" for q in range(p + 1, before))]
        if (
            before < 1
            or tokens[before].word != "of"
            or not head
            or head[-1] != before - 1 - (tokens[before - 1].function)
        ):
            return tokens[k].lemma, tokens[k].word
        k = head[-1]


_SUBJECTS = frozenset({"it", "he", "she", "they", "we", "this", "which", "who"})
