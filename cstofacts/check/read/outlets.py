"""What a claim says an outlet is ("BelTA ... is a Kazakh news agency", "a
Belarusian news agency"): the country it gives the outlet; and the names no source
gives that stand as an outlet's ("the newspaper Kommersant", "published in Rossiyskaya
Gazeta"). Part of stage 1 (reading), beside attribution.py, which finds who holds the words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cstofacts import lexicon
from cstofacts.check.lexical import reaches
from cstofacts.check.read.saying import text_noun
from cstofacts.check.termsets import COPULAS, DETERMINERS, NEGATIONS, OUTLET_NOUNS, PREPOSITIONS
from cstofacts.check.words import Token, word_before

_DESCRIPTION_WITHIN = 5  # words: "Kazakhstan's state news agency"
OUTLET_PREPOSITIONS = frozenset({"to", "in", "by", "with", "on", "from"})

if TYPE_CHECKING:
    from cstofacts.check.read.names import Mention
    from cstofacts.check.read.reading import Reading
    from cstofacts.models import Entity


def outlets_described(reading: Reading, outlets: dict[str, Entity]) -> None:
    """What the sentence says an outlet is: its country, or that a name is one's."""
    outlet_said_to_be(reading, outlets)
    outlet_named_after_its_kind(reading)
    outlet_named_by_a_copula(reading)


def outlet_named_after_its_kind(reading: Reading) -> None:
    """ "the newspaper Kommersant", "the agency Interfax": a name no source gives, right
    after a word for an outlet, is an outlet's (the word itself is no content)."""
    tokens = reading.tokens
    named = {m.start for m in reading.mentions if m.start >= 0}
    for j, token in enumerate(tokens[:-1]):
        following = tokens[j + 1]
        if (
            token.lemma in OUTLET_NOUNS
            and not token.capitalised
            and following.capitalised
            and not following.function
            and j + 1 not in named
            and _after_a_preposition(tokens, j)
        ):
            reading.unknown_outlets.add(j + 1)
            reading.reporting.add(j)


def _after_a_preposition(tokens: list[Token], at: int) -> bool:
    """ "to the newspaper X", "in the Moscow daily X": said to or in an outlet, not one
    that acts itself ("the channel X broadcast ...", which the sources may not cover)."""
    k = word_before(
        tokens, at, lambda t: t.word in DETERMINERS or not t.function, stop=max(-1, at - _DESCRIPTION_WITHIN - 1)
    )
    return k >= 0 and tokens[k].word in OUTLET_PREPOSITIONS


def outlet_said_to_be(reading: Reading, outlets: dict[str, Entity]) -> None:
    """ "BelTA, the agency he spoke to, is a Kazakh news agency": the country a claim
    gives an outlet it names, compared with the outlet's own (its first outlet, and the
    first "is" after it)."""
    tokens = reading.tokens
    first = next((m for m in reading.mentions if m.start >= 0 and m.entity.type == "outlet"), None)
    if first is None:
        return
    # beside its name: "BelTA, a Russian news agency, ...", "the Russian news agency BelTA"
    after = first.end + (first.end < len(tokens) and tokens[first.end].word in ("a", "an", "the"))
    if first.end < len(tokens) and "," in reading.text[tokens[first.end - 1].end : tokens[first.end].start]:
        described = described_outlet(tokens, after)
        if described and described[1] - after <= 4:
            _describe(reading, after, described)  # (the name itself is compared as the claim's words)
            return
    for start in range(first.start - 1, max(-1, first.start - _DESCRIPTION_WITHIN - 1), -1):  # (the nearest)
        described = described_outlet(tokens, start) if tokens[start].word not in DETERMINERS else None
        if described and described[1] == first.start:
            _describe(reading, start, described)
            k = start
            while k and tokens[k - 1].word in DETERMINERS:
                k -= 1
            if k and tokens[k - 1].word in OUTLET_PREPOSITIONS:  # "published by the Belarusian news agency BelTA"
                outlets.setdefault(first.entity.name, first.entity)
            return
    for j in range(first.end, min(len(tokens), first.end + 14)):
        if tokens[j].word in COPULAS:
            start = j + 1 + (j + 1 < len(tokens) and tokens[j + 1].word in ("a", "an", "the"))
            described = described_outlet(tokens, start)
            if described and described[1] - start <= 4:
                _describe(reading, start, described)
                reading.reporting.add(j)
                outlets.setdefault(first.entity.name, first.entity)  # the outlet the claim describes
            return


def _describe(reading: Reading, start: int, described: tuple[str, int]) -> None:
    """The country a description gives the outlet, and its words (the country and the
    kind of outlet say what the slot compares, no content; "state-owned" is said)."""
    tokens = reading.tokens
    reading.outlet_countries[described[0]] = " ".join(t.raw for t in tokens[start : described[1]])
    kind = {k for k in range(start, described[1]) if lexicon.country(tokens[k].word)}
    kind |= {k for k in range(start, described[1]) if tokens[k].lemma in OUTLET_NOUNS or tokens[k].word == "news"}
    reading.reporting |= kind


def described_outlet(tokens: list[Token], at: int) -> tuple[str, int] | None:
    """The country of an outlet a draft describes ("a Kazakh news agency",
    "Kazakhstan's state news agency"): a nationality or a country, then a word for
    an outlet, within five words; and where the description ends."""
    country = None
    for j in range(at, min(len(tokens), at + _DESCRIPTION_WITHIN)):
        token = tokens[j]
        country = country or lexicon.country(token.word)
        if country and token.lemma in OUTLET_NOUNS:
            return country, j + 1
    return None


def outlet_named_by_a_copula(reading: Reading) -> None:
    """ "RIA Novosti was the outlet that reported ...", "The news agency that ran it was
    Interfax": a name no source gives, said to be an outlet, is an outlet's (and the word
    for the outlet is no content)."""
    tokens = reading.tokens
    named = reading.named

    def unknown(i: int) -> bool:
        return 0 <= i < len(tokens) and tokens[i].capitalised and not tokens[i].function and i not in named

    for j, token in enumerate(tokens):
        if token.word not in COPULAS:
            continue
        noun = _outlet_noun_after(tokens, j + 1)
        if noun is not None and unknown(j - 1):
            start = j - 1
            while unknown(start - 1):
                start -= 1
            reading.unknown_outlets.add(start)
            reading.reporting.add(noun)
        elif unknown(j + 1):
            noun = _outlet_noun_after(tokens, 0)  # the sentence's subject: "The news agency that ..."
            if noun is not None and noun < j:
                reading.unknown_outlets.add(j + 1)
                reading.reporting.add(noun)
            elif j and tokens[j - 1].word == "it" and _publishes(tokens, j + 1):
                reading.unknown_outlets.add(j + 1)  # "It was Interfax that reported ..."


# What outlets do with words: WordNet's "report", "publish", "broadcast" and their kinds ("print").
_PUBLISHING = frozenset({"report", "publish", "broadcast"})


def _publishes(tokens: list[Token], at: int) -> bool:
    """True when the name at `at` is the subject of a verb of publishing in a cleft:
    "(It was) Interfax that reported", not "Lukashenko who said"."""
    end = at
    while end < len(tokens) and tokens[end].capitalised:
        end += 1
    return (
        end + 1 < len(tokens)
        and tokens[end].word in ("that", "which", "who")
        and reaches(tokens[end + 1].lemma, _PUBLISHING)
    )


def _outlet_noun_after(tokens: list[Token], at: int) -> int | None:
    """Where a word for an outlet ends the noun phrase opening at `at` ("the outlet",
    "the Russian state news agency"), with its "news" as no content either."""
    if at < len(tokens) and tokens[at].word in DETERMINERS:
        at += 1
    for j in range(at, min(len(tokens), at + _DESCRIPTION_WITHIN)):
        if tokens[j].lemma in OUTLET_NOUNS:
            return j
        if tokens[j].function or tokens[j].word in COPULAS:
            return None
    return None


def outlets_given_words(reading: Reading, outlets: dict[str, Entity]) -> None:
    """An outlet named where words appeared or were given: "in the BelTA interview",
    "in the Allies. CSTO article", "gave a commentary ... to Sputnik Armenia"."""
    tokens = reading.tokens
    words = [t.word for t in tokens]
    for mention in reading.mentions:  # "in the BelTA interview", "Izvestia's interview"
        if mention.entity.type == "outlet" and 0 <= mention.end < len(tokens) and words[mention.end] == "interview":
            outlets[mention.entity.name] = mention.entity
            reading.reporting.add(mention.end)
            reading.interview = True
        elif mention.entity.type == "outlet" and outlet_of_a_text(tokens, mention):
            outlets[mention.entity.name] = mention.entity  # "writing for the Allies. CSTO portal"
            reading.reporting.add(mention.end)
        elif mention.entity.type == "outlet" and _given_to(tokens, mention.start - 1):
            outlets[mention.entity.name] = mention.entity  # "gave an exclusive commentary ... to Sputnik Armenia"
            reading.reporting.add(mention.start - 1)
            reading.interview = True


def outlet_of_a_text(tokens: list[Token], mention: Mention) -> bool:
    """ "in the Allies. CSTO article", "writing for the BelTA website": an outlet named
    before a word for a text or an outlet, after a preposition, is where the words
    appeared ("The Allies. CSTO portal is run by ..." says what the outlet is)."""
    if mention.end >= len(tokens) or mention.start < 2:
        return False
    if any(t.word in NEGATIONS for t in tokens[: mention.start]):
        return False  # "Babaev did not write for the Allies. CSTO portal": what is denied, not a frame
    kind = tokens[mention.end].word
    if kind not in OUTLET_NOUNS and not text_noun(kind):
        return False
    before = mention.start - 1 - (tokens[mention.start - 1].word in DETERMINERS)
    return before >= 0 and tokens[before].word in PREPOSITIONS


def _given_to(tokens: list[Token], to: int) -> bool:
    """True when `to` is the "to" of words given to someone: a noun of communication
    (WordNet's: "commentary", "interview", "remarks") a few words before it."""
    if to < 1 or tokens[to].word != "to":
        return False
    return any("noun.communication" in lexicon.classes(t.lemma) for t in tokens[max(0, to - 8) : to] if not t.function)


def unknown_title(reading: Reading, at: int) -> bool:
    """True when a name of two words or more, no source's and no place the lexicon
    knows, follows "published in" ("published in Rossiyskaya Gazeta"): a paper's
    title, where "published in Minsk", "in Sochi" or "in St. Petersburg" is a place."""
    tokens = reading.tokens
    run = [at]
    while run[-1] + 1 < len(tokens) and reading.text[tokens[run[-1]].end : tokens[run[-1] + 1].start] == " ":
        if not tokens[run[-1] + 1].capitalised or tokens[run[-1] + 1].function:
            break
        run.append(run[-1] + 1)
    words = [tokens[i] for i in run if i < len(tokens)]
    return (
        len(words) >= 2
        and all(t.capitalised and t.word.isalpha() for t in words)
        and not any(lexicon.country(t.word) or "noun.location" in lexicon.classes(t.lemma) for t in words)
    )
