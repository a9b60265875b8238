"""Words of a sentence that carry none of what it states (part of stage 1): the
frames of saying, naming and being ("is described as", "known as", "serves as"),
asides ("Meanwhile, ...", "in a separate interview"), and the cues of its stance
("not", "may", "if", "would"), which the stance reads instead; and light verbs,
whose act is their noun's ("gave an interview")."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from cstofacts import lexicon
from cstofacts.check.lexical import reaches
from cstofacts.check.termsets import (
    ADJECTIVE_CLASSES,
    ADVERB_CLASSES,
    CERTAINTY,
    CHAIR_WORDS,
    CONDITIONS,
    COPULAS,
    DETERMINERS,
    HEDGES,
    HOLDING_VERBS,
    LIGHT_ONLY_WITH_NOUN,
    LIGHT_VERBS,
    MODALS,
    NAMING_VERBS,
    NEGATIONS,
    POST_NOUNS,
    REPORTING_CLASSES,
    ROLE_VERBS,
    SENTENCE_CONTRASTS,
    VERBS_OF_BEING,
)
from cstofacts.check.words import Token, next_word, noun_use
from cstofacts.numberwords import ORDINALS

if TYPE_CHECKING:
    from cstofacts.check.read.reading import Reading


def asides(reading: Reading) -> set[int]:
    """Words that tie a sentence to its neighbours or to its telling, not to what it
    says: an adverb set off by commas ("Meanwhile, ...", "..., however, ..."), and a
    word that only qualifies the telling ("in a separate interview", "an exclusive comment"),
    and an opening that names the news's field ("On the diplomatic front, ...")."""
    tokens, text = reading.tokens, reading.text
    found = set()
    for i, token in enumerate(tokens):
        classes = lexicon.classes(token.lemma)
        if not classes:
            continue
        after = text[token.end : tokens[i + 1].start] if i + 1 < len(tokens) else ""
        before = text[tokens[i - 1].end : token.start] if i else ""
        set_off = "," in after and (i == 0 or ("," in before and not token.capitalised))
        aside_adverb = bool(classes & ADVERB_CLASSES) and set_off
        # "in a separate interview", "an exclusive comment": a determiner, the word, and at
        # once the telling's noun (not "proven ineffective, said Tokayev": a predicate)
        qualifies_telling = (
            bool(classes & ADJECTIVE_CLASSES)
            and i > 0
            and tokens[i - 1].word in DETERMINERS
            and i + 1 in reading.reporting
            and i not in reading.reporting
            and not after.strip()
        )
        # "2022 was a watershed year": the date's own unit, which the date slot compares
        unit_of_date = token.lemma == "year" and any(d.year for d in reading.dates)
        if aside_adverb or qualifies_telling or unit_of_date:
            found.add(i)
    return found | _field_opening(reading)


def _field_opening(reading: Reading) -> set[int]:
    """ "On the diplomatic front, ...", "On the international stage, ...": a sentence
    that opens with "on the", a word or two and a noun, set off by a comma, names the
    field its news falls in, as a heading would; no name, date or number among them."""
    tokens, text = reading.tokens, reading.text
    if len(tokens) < 4 or [t.word for t in tokens[:2]] != ["on", "the"]:
        return set()
    for end in range(3, min(6, len(tokens))):
        if "," in text[tokens[end - 1].end : tokens[end].start]:
            words = tokens[2:end]
            plain = all(t.word.isalpha() and not t.capitalised for t in words)
            if plain and any(c.startswith("noun.") for c in lexicon.classes(words[-1].lemma)):
                return set(range(end))
            return set()
    return set()


# The verbs that say what a document is about: "concerns", "covers", "deals with",
# "outlines", "sets out" (WordNet's first senses of these, not every verb a synonym away:
# "handle", "discuss" and "interest" say more).
ABOUT = frozenset({"concern", "cover", "deal", "outline", "set out"})


def about_a_document(reading: Reading) -> set[int]:
    """ "The roadmap signed in Beijing concerns (covers) cooperation between ...": a verb
    after a document's name that says only what it is about, which its name or its
    record says; no content of its own (what follows it must be the record's, every word)."""
    ends = [m.end for m in reading.mentions if m.entity.type == "document" and m.start >= 0]
    if not ends:
        return set()
    return {
        i
        for i, token in enumerate(reading.tokens)
        if i >= min(ends) and token.lemma in ABOUT and not noun_use(reading, i) and lexicon.is_verb(token.lemma)
    }


def containers(reading: Reading) -> set[int]:
    """The noun that holds a name in "under the Combat Brotherhood banner", "under the
    umbrella of the CSTO": a figure of belonging to it, no word of what is stated."""
    tokens, named = reading.tokens, reading.named
    found = set()
    for i in range(1, len(tokens)):
        if i in named or tokens[i].function or tokens[i].lemma in CHAIR_WORDS:
            continue  # ("under Belarus's chairmanship" says who chaired: the chair slot's)
        before = i - 1
        if before in named:  # "under the X banner": past the name and its article to "under"
            while before >= 0 and (before in named or tokens[before].word == "the"):
                before -= 1
        elif tokens[before].word == "the" and i + 2 < len(tokens) and tokens[i + 1].word == "of":
            before -= 1  # "under the umbrella of X": the name after "of"
            after = i + 2 + (tokens[i + 2].word == "the")
            if after not in named:
                continue
        else:
            continue
        if before >= 0 and tokens[before].word == "under":
            found.add(i)
    return found


def adverb_phrase_ends(tokens: list[Token]) -> set[int]:
    """The second words of the adverb phrases among `tokens` ("so far", "in line"); not
    of one that is what a copula says ("was already under way": the claim's point)."""
    found = {
        i
        for i in range(1, len(tokens))
        if adverb_phrase_end(tokens, i) and not any(t.word in COPULAS for t in tokens[max(0, i - 3) : i - 1])
    }
    for start in range(len(tokens) - 2):  # "for the time being", "for the most part": longer ones whole
        for size in (4, 3):
            span = tokens[start : start + size]
            if len(span) == size and span[0].function and _only_an_adverb(" ".join(t.word for t in span)):
                found |= {start + k for k, t in enumerate(span) if not t.function}
                break
    return found


def _only_an_adverb(phrase: str) -> bool:
    classes = lexicon.classes(phrase)
    return bool(classes) and classes <= ADVERB_CLASSES


def adverb_phrase_end(tokens: list[Token], i: int) -> bool:
    """ "so far", "in line (with)", "as well": a function word and this one make a
    phrase WordNet has only as an adverb or adjective, which tells how or when, not what."""
    if i == 0 or not tokens[i - 1].function or tokens[i].function:
        return False
    if "noun.time" in lexicon.classes(tokens[i].lemma):
        return False  # "every year", "at present": a time, which the claim's dates compare
    classes = lexicon.classes(f"{tokens[i - 1].word} {tokens[i].word}")
    return bool(classes) and classes <= ADVERB_CLASSES | ADJECTIVE_CLASSES


def frames(tokens: list[Token]) -> set[int]:
    """ "is described as", "was seen as", "are regarded as": a passive verb of saying
    or thinking before "as" frames what follows; and "known as", "called", "named"
    before a name name it. The frame is no content."""
    found = {
        i
        for i in range(1, len(tokens) - 1)
        if after_being(tokens, i)
        and tokens[i + 1].word == "as"
        and lexicon.classes(tokens[i].lemma) & REPORTING_CLASSES
    }
    for i in range(len(tokens) - 1):
        if serves_as(tokens, i):
            found.add(i)  # "to act as a mediator", "serves as a counterweight": what it is, as "is" says
            continue
        after = tokens[i + 2] if tokens[i + 1].word == "as" and i + 2 < len(tokens) else tokens[i + 1]
        if tokens[i].word.endswith("ed") or tokens[i].word == "known":
            naming = (tokens[i].word == "known" and tokens[i + 1].word == "as") or tokens[i].lemma in NAMING_VERBS
            if naming and after.capitalised:
                found.add(i)  # "the exercise known as Unbreakable Brotherhood", "a portal called Allies"
        if tokens[i].word in ("remain", "remains", "remained") and _predicate(tokens[i + 1 :]):
            found.add(i)  # "remains a key player", "remains open": what it is, as "is" says
        if appearance(tokens, i):
            found.add(i)  # "look as if": what seems, said as "seem" says it, no content
        if meaning_to(tokens, i):
            found.add(i)  # "aims to serve", "does not seek to serve": the act is the serving
        if _ranked_as(tokens, i):
            found.add(i)  # "comes fifth", "ranks first": the place, as "is fifth" says it
        found |= set(holding_a_post(tokens, i))
    return found


def _ranked_as(tokens: list[Token], i: int) -> bool:
    """A verb right before an ordinal that ranks nothing named after it ("comes fifth.",
    "ranks third in the list"): the verb only places the thing."""
    if i + 1 >= len(tokens) or tokens[i + 1].word not in ORDINALS or tokens[i].function:
        return False
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    placed = after is None or (after.function and after.word != "to")  # ("went first to Tajikistan": an order of acts)
    return placed and lexicon.is_verb(tokens[i].lemma)


def after_being(tokens: list[Token], i: int) -> bool:
    """True when a form of "be" comes right before token `i`, or past adverbs ("is still seen")."""
    before = i - 1
    while (
        before > 0
        and tokens[before].word not in VERBS_OF_BEING | NEGATIONS  # "was never seen as": denied, not framed
        and "adv.all" in lexicon.classes(tokens[before].word)
    ):
        before -= 1
    return before >= 0 and tokens[before].word in VERBS_OF_BEING


def holding_a_post(tokens: list[Token], i: int) -> list[int]:
    """The tokens of "holds the office of", "occupied the post of" at `i`: the title
    after it is what the subject is, as "is" says; [] when none is there."""
    if tokens[i].lemma not in HOLDING_VERBS:
        return []
    j = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].word in DETERMINERS)
    if j + 1 < len(tokens) and tokens[j].lemma in POST_NOUNS and tokens[j + 1].word == "of":
        return list(range(i, j + 2))
    return []


# The roots of WordNet's verbs of meaning to do something: "aim", "seek", "strive",
# "plan" and "wish" are their synonyms or kinds, one or two steps away.
_MEANING_TO = frozenset({"try", "intend", "want"})


def meaning_to(tokens: list[Token], i: int) -> bool:
    """True when the verb at `i` says only that its subject means or tries to do the act
    after "to": "aims to serve", "seeks to serve", "wants to be", "intends to build"
    (not after an article: "the plan to strengthen" names a plan)."""
    if i + 2 >= len(tokens) or tokens[i + 1].word != "to" or tokens[i + 2].word in DETERMINERS:
        return False
    if i and (tokens[i - 1].word in DETERMINERS or tokens[i - 1].word in ("a", "an", "no", "any")):
        return False  # "has no plans to leave": a plan, named
    return reaches(tokens[i].lemma, _MEANING_TO, steps=2)


def serves_as(tokens: list[Token], i: int) -> bool:
    """ "to act as a mediator", "serves as a counterweight": a verb of a role before
    "as" says what a thing is, as "is" does; so does any verb of a thing's own view of
    itself ("positions itself as", "sees itself as", "casts itself as")."""
    after = [t.word for t in tokens[i + 1 : i + 3]]
    if tokens[i].lemma in ROLE_VERBS and after[:1] == ["as"]:
        return True
    return len(after) == 2 and after[0] in _REFLEXIVES and after[1] == "as" and lexicon.is_verb(tokens[i].lemma)


_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})


def _predicate(following: list[Token]) -> bool:
    """What a linking verb says a thing is: a noun phrase or a quality ("a key player",
    "open", "purely hypothetical"), not a place ("remain in the CSTO")."""
    for token in following[:2]:
        if token.word in DETERMINERS:
            return True
        if token.function:
            return False  # "in the CSTO", "within": a place
        classes = lexicon.classes(token.lemma)
        if classes & ADJECTIVE_CLASSES:
            return True
        if not classes & ADVERB_CLASSES:
            return False
    return False


def appearance(tokens: list[Token], i: int) -> bool:
    """ "make the CSTO look as if it trembles", "look like": a verb WordNet gives as a
    synonym of a hedge ("seem", "appear"), before "as if", "as though" or "like"."""
    after = [t.word for t in tokens[i + 1 : i + 3]]
    if not (after[:1] == ["like"] or after in (["as", "if"], ["as", "though"])):
        return False
    entry = lexicon.entry(tokens[i].lemma)
    return entry is not None and bool(entry.synonyms & HEDGES)


def is_cue(token: Token) -> bool:
    return (
        token.word in NEGATIONS
        or is_hedge(token.word)
        or token.word in CERTAINTY
        or token.word in CONDITIONS
        or token.word in SENTENCE_CONTRASTS
        or token.word in MODALS
    )


@lru_cache(maxsize=4096)
def is_hedge(word: str) -> bool:
    """One of HEDGES, or an adverb that WordNet gives as a synonym of one, each in the
    other's first senses: "maybe" and "perchance" for "perhaps", "seemingly" for
    "apparently"; not "evidently", of whose senses "apparently" is one, but not of its."""
    if word in HEDGES:
        return True
    entry = lexicon.entry(word)
    if entry is None or "adv.all" not in entry.classes:
        return False
    return any(word in other.synonyms for other in map(lexicon.entry, sorted(entry.synonyms & HEDGES)) if other)


def light_verb(tokens: list[Token], i: int) -> bool:
    """A light verb with its noun after it ("held a meeting", "gave an interview");
    without one ("was held in Minsk", "exercises held in Belarus") it is the act itself."""
    if tokens[i].lemma not in LIGHT_VERBS:
        return False
    if tokens[i].lemma not in LIGHT_ONLY_WITH_NOUN:
        return True
    passive = i > 0 and tokens[i - 1].word in COPULAS
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if (
        i > 0
        and tokens[i].word != tokens[i].lemma
        and _an_occasion(tokens[i - 1])
        and not (after and after.word == "by")
    ):
        return True  # "a session held on 19 July": that it took place, which the occasion says (not "the post held by")
    return not passive and after is not None and (not after.function or after.word in DETERMINERS)


# WordNet's classes of the nouns of what is held: events, gatherings, sessions, talks.
_OCCASIONS = frozenset({"noun.event", "noun.group", "noun.time", "noun.communication"})


def _an_occasion(token: Token) -> bool:
    """A noun WordNet has for something held ("session", "meeting", "talks")."""
    return not token.function and bool(_OCCASIONS & lexicon.classes(token.lemma))


def place_descriptions(tokens: list[Token]) -> set[int]:
    """ "the Tajik city of Khujand", "the Kazakh city of Almaty": a kind of place and
    the country it lies in, said of a place in that country, which only names it again."""
    found: set[int] = set()
    for i in range(1, len(tokens) - 2):
        country = lexicon.country(tokens[i - 1].word)
        if (
            country
            and "noun.location" in lexicon.classes(tokens[i].lemma)
            and not lexicon.country(tokens[i].word)
            and tokens[i + 1].word == "of"
            and lexicon.country(tokens[i + 2].word) == country
        ):
            found |= {i - 1, i, i + 1}
    return found


def hedging(tokens: list[Token], i: int) -> bool:
    """A hedge ("may", "perhaps"), or a verb of seeming before "as if" or "like" that
    a modal of possibility governs: "can make the CSTO look as if it trembles" says
    no more than a record's "can create the impression"; "will inevitably make it
    look as if" is certain of it, and "has made it look as if" says it did."""
    if is_hedge(tokens[i].word) or (tokens[i].lemma in HEDGES and next_word(tokens, i) in ("to", "that")):
        return True  # ("seemed to be needed", "appeared that")
    return appearance(tokens, i) and any(t.word in _POSSIBILITY for t in tokens[max(0, i - 4) : i])


# "can", "could", "may", "might", "should", "would": the modals that are not of certainty.
_POSSIBILITY = MODALS - CERTAINTY
