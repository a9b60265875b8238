"""Which verbs report words or views: "said", "urged", "credits ... with", "describes
... as", "he admits". Part of stage 1 (reading): attribution.py finds who holds them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cstofacts import lexicon
from cstofacts.check.lexical import adjective_only, reaches, telling
from cstofacts.check.read.order import AFTER, BEFORE, FOLLOWING_VERBS, PRECEDING_VERBS
from cstofacts.check.termsets import (
    COPULAS,
    DETERMINERS,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS,
    REPORTING_CLASSES,
    SUBJECT_PRONOUNS,
    TEXT_NOUNS,
    VIEW_VERBS,
    VIEWPOINT_NOUNS,
    VIEWS_WITHOUT_AS,
)
from cstofacts.check.words import Token, next_word, possessive, word_before

if TYPE_CHECKING:
    from cstofacts.check.read.names import Mention
    from cstofacts.check.read.reading import Reading
    from cstofacts.models import Entity

_AS_WITHIN = 6  # words between a framing verb and its "as": "describes 2022 as", "saw the CSTO's role as"


def framing_as(reading: Reading, verb: int) -> bool:
    """ "Babaev describes 2022 as a watershed", "Tasmagambetov sees the bloc as ...": a
    verb of saying or thinking whose object is framed by "as" gives the view of the
    person who is its subject."""
    tokens = reading.tokens
    if tokens[verb].lemma not in VIEW_VERBS:
        return False  # "rejected pooling resources as the first means": an act, no view
    if tokens[verb].lemma in VIEWS_WITHOUT_AS and verb + 1 < len(tokens):
        # "Babaev calls 2022 a watershed year": a second noun phrase names the first, no
        # "as" between (a determiner right after a word of the first); not a phrasal verb
        # WordNet has ("called for", "called on"), nor a quality ("called it inevitable")
        if lexicon.entry(f"{tokens[verb].lemma} {tokens[verb + 1].word}") is not None:
            return False
        return any(
            (tokens[j].word in DETERMINERS or (adjective_only(tokens[j].lemma) and _ends_a_clause(reading, j)))
            and not tokens[j - 1].function
            for j in range(verb + 2, len(tokens))
        )  # "calls his relations with X excellent.": a quality ending the clause names its object too
    for j in range(verb + 2, min(len(tokens), verb + 2 + _AS_WITHIN)):
        if any(mark in reading.text[tokens[j - 1].end : tokens[j].start] for mark in ",;:"):
            return False
        if tokens[j].word == "as":
            return True
    return False


def _ends_a_clause(reading: Reading, at: int) -> bool:
    tokens = reading.tokens
    return at + 1 == len(tokens) or any(mark in reading.text[tokens[at].end : tokens[at + 1].start] for mark in ",;:")


def reporting_verb(token: Token, following: list[str]) -> bool:
    """A verb of reported speech: one WordNet gives the frame "Somebody ----s that
    CLAUSE" or "Somebody ----s somebody to INFINITIVE" (say, note, urge), or any
    verb of saying or thinking when "that" follows ("cautioned that"); never one
    whose "to" leads to a thing ("agreed to the CSTO's mediating role")."""
    if token.function:
        return False
    if attributing(token):
        return True  # "Babaev credits the appointment with giving ...": his view of what it did
    if following[:1] == ["to"] and following[1:2] and following[1] in DETERMINERS:
        return False
    if following[:1] and following[0] in DETERMINERS and following[0] != "that" and not telling(token.lemma):
        return False  # "rejected a plan": a thing done, not words said ("said the CSTO ..." is)
    classes = lexicon.classes(token.lemma)
    if "frame.that" in classes or "frame.to" in classes:
        # a verb of telling reports without "that" ("said the CSTO ..."); another only with it
        # ("concluded that ..."): "the CSTO no longer monitors or analyses NATO's actions" reports nothing
        return telling(token.lemma) or following[:1] == ["that"]
    return following[:1] == ["that"] and bool(classes & REPORTING_CLASSES)


# WordNet's verb of saying what a thing did or caused ("credit" and "ascribe" are kinds of it).
ATTRIBUTING = "attribute"


def attributing(token: Token) -> bool:
    return reaches(token.lemma, frozenset({ATTRIBUTING}))


def pronoun_aside(reading: Reading, verb: int) -> bool:
    """A verb of saying after "he" or "she", set off by commas: "where, he admits, more
    work is needed" (the words are his; the verb says nothing of the rest)."""
    tokens, text = reading.tokens, reading.text
    if verb == 0 or tokens[verb - 1].word not in SUBJECT_PRONOUNS:
        return False
    if "verb.communication" not in lexicon.classes(tokens[verb].lemma):
        return False
    return text[: tokens[verb - 1].start].rstrip().endswith(",") and text[tokens[verb].end :].lstrip().startswith(",")


# WordNet's verb of exchanging words: "talk", "speak", "address" are kinds of it, and
# "discuss" a kind of "address".
COMMUNICATING = "communicate"
TOPIC_STEPS = 2


def topic_verb(token: Token) -> bool:
    """A verb of speaking about a topic ("discussed Armenia's participation", "talked
    about", "spoke on"): of saying, opposing nothing, and a kind of communicating
    within TOPIC_STEPS; said by a person, it tells only that they spoke of it.
    "Criticize" and "praise" are kinds of judging, not of communicating."""
    entry = lexicon.entry(token.lemma)
    if entry is None or entry.antonyms or "verb.communication" not in entry.classes:
        return False
    level = {entry.word}  # broader words only, not reaches(): its synonyms take in verbs of no speaking
    for _ in range(TOPIC_STEPS):
        level = {b for w in level if (e := lexicon.entry(w)) is not None for b in e.broader}
        if COMMUNICATING in level:
            return True
    return False


def owner_of_words(reading: Reading, speakers: dict[str, Entity]) -> None:
    """Whose words a noun of saying names: its possessor's, or the person they are
    credited to ("the assurance that ... came from Tasmagambetov")."""
    _possessor_of_words(reading, speakers)
    _words_credited(reading, speakers)


def _possessor_of_words(reading: Reading, speakers: dict[str, Entity]) -> None:
    """ "Mirzoyan's comments ... were carried by Sputnik Armenia": a person's own words
    (a noun of communication, WordNet's, after the possessive) are that person's to hold."""
    tokens = reading.tokens
    owners = {
        m.entity.name: m.entity
        for m in reading.mentions
        if m.start >= 0
        and m.entity.type == "person"
        and m.end < len(tokens)
        and possessive(reading.text, tokens[m.end - 1])
        and "noun.communication" in lexicon.classes(tokens[m.end].lemma)
        and not (m.end + 1 < len(tokens) and tokens[m.end + 1].word == "with")  # "Tasmagambetov's interview with"
    }
    ordered = any(t.word in BEFORE | AFTER or t.lemma in PRECEDING_VERBS | FOLLOWING_VERBS for t in tokens)
    if len(owners) == 1 and not ordered:  # not "before Tokayev's call, Aleynik had ...": a point in time
        speakers.update(owners)


def cleft(reading: Reading, start: int, verb: int) -> bool:
    """True when the words from `start` to the verb single out who did it: "was the
    one who", "is the official who"."""
    words = [t.word for t in reading.tokens[start:verb]]
    return (
        len(words) == 4
        and words[0] in COPULAS
        and words[1] == "the"
        and (words[2] == "one" or "noun.person" in lexicon.classes(reading.tokens[start + 2].lemma))
        and words[3] in ("who", "that")
    )


# WordNet's broader words of a text ("essay", "document" are pieces of writing).
WRITINGS = frozenset({"writing", "written material", "piece of writing"})


def text_noun(word: str) -> bool:
    """A word that names a text rather than the world: "the article", "the report", or a
    piece of writing as WordNet has it ("the essay", "the document")."""
    if word in TEXT_NOUNS:
        return True
    entry = lexicon.entry(word)
    return entry is not None and not entry.broader.isdisjoint(WRITINGS)


# What a noun of saying or thinking is followed by when the sentence is about it:
# "the claim that ...", "the remark about ...".
_OF_ITS_CONTENT = frozenset({"that", "about", "on", "of"})
_WORDS_CLASSES = frozenset({"noun.communication", "noun.cognition"})
_WRITING = frozenset({"write"})  # and its kinds, WordNet's: "author", "pen", "compose"


def _words_credited(reading: Reading, speakers: dict[str, Entity]) -> None:
    """ "The assurance that the CSTO had kept its obligations came from Tasmagambetov",
    "the conclusion that ... is drawn by Babaev": words or a view, named first, then
    credited to a person at the sentence's end ("came from", "was made by"), are that
    person's, as "Tasmagambetov assured that ..." would say; the frame is no content."""
    tokens = reading.tokens
    noun = next((i for i, t in enumerate(tokens[:3]) if t.word not in DETERMINERS), None)
    if (
        noun is None
        or noun + 1 >= len(tokens)
        or tokens[noun + 1].word not in _OF_ITS_CONTENT
        or not lexicon.classes(tokens[noun].lemma) & _WORDS_CLASSES
        or "noun.act" in lexicon.classes(tokens[noun].lemma)  # "the decision ... came from X": an act, no words
        or text_noun(tokens[noun].word)  # "the article on ... was written by X": its author, not its words
    ):
        return
    people = [m for m in reading.mentions if m.start > noun + 1 and m.entity.type == "person"]
    last = max(people, key=lambda m: m.end, default=None)
    if last is None or last.end < len(tokens):
        return
    first = min(m.start for m in people if m.entity.name == last.entity.name)
    # "from Secretary General Imangali Tasmagambetov": the title before the name
    by = word_before(tokens, first, lambda t: t.capitalised or t.word in DETERMINERS or t.word == "former", stop=noun)
    if tokens[by].word not in ("by", "from") or by - 1 <= noun + 1:
        return
    verb = by - 1
    if reaches(tokens[verb].lemma, _WRITING):
        return  # "the analysis ... was written by X": who wrote a text, which the sources may not say
    speakers.setdefault(last.entity.name, last.entity)
    reading.reporting |= {noun, verb, by} | ({verb - 1} if tokens[verb - 1].word in COPULAS else set())


def in_whose_view(reading: Reading, speakers: dict[str, Entity]) -> None:
    """ "In Babaev's view, ...", "in the secretary general's opinion": the frame is
    attribution, no content; its owner, when named, holds the words."""
    tokens = reading.tokens
    for i, token in enumerate(tokens):
        if token.word != "in":
            continue
        for j in range(i + 2, min(len(tokens), i + 7)):
            owned = possessive(reading.text, tokens[j - 1]) or tokens[j - 1].word in POSSESSIVE_DETERMINERS
            if not owned or not _viewpoint(tokens[j]):
                continue
            if tokens[j].word not in VIEWPOINT_NOUNS and not _sets_off(reading, i, j):
                continue  # ("In 2024 the CSTO's focus was on ...": a noun of thought, not a frame)
            reading.reporting |= {i, j}
            owner = next((m for m in reading.mentions if m.start > i and m.end == j), None)
            if owner is not None and owner.entity.type in ("person", "organisation", "outlet"):
                speakers[owner.entity.name] = owner.entity
            break


def _sets_off(reading: Reading, opening: int, noun: int) -> bool:
    """True when "in X's N" stands apart as a frame: opening the sentence or a clause,
    names and small words between, and a comma after ("In his reading, 2022 was ...")."""
    tokens = reading.tokens
    between = tokens[opening + 1 : noun - 1]
    if any(not (t.function or t.capitalised) for t in between):
        return False
    opens = opening == 0 or reading.text[: tokens[opening].start].rstrip().endswith(",")
    return opens and reading.text[tokens[noun].end :].lstrip()[:1] == ","


def _viewpoint(token: Token) -> bool:
    """A noun of what one thinks or says ("view", "reading", "telling"; WordNet's
    noun.cognition and noun.communication): "in X's ..." frames X's words."""
    if token.word in VIEWPOINT_NOUNS:
        return True
    return token.word != token.lemma + "s" and bool(
        {"noun.cognition", "noun.communication"} & lexicon.classes(token.lemma)
    )


_TEXT_SUBJECT_WITHIN = 8  # words from a text noun to its verb of saying: "an article on the bloc's future argues"


def described_text(reading: Reading, verb: int) -> set[int]:
    """ "A programmatic article on the organization's future argues that ...": a text
    the clause opens with, described in words of its own, and its verb of saying are
    the attribution, no word of what it says (its names stay what they are)."""
    tokens, words = reading.tokens, [t.word for t in reading.tokens]
    if "verb.communication" not in lexicon.classes(tokens[verb].lemma) or next_word(tokens, verb) != "that":
        return set()
    start = verb
    while start > 0 and not any(mark in reading.text[tokens[start - 1].end : tokens[start].start] for mark in ",;:"):
        start -= 1
    noun = next((k for k in range(start, min(verb, start + 4)) if text_noun(words[k])), None)
    if noun is None or verb - noun > _TEXT_SUBJECT_WITHIN:
        return set()
    named = {k for m in reading.mentions if m.start >= 0 for k in range(m.start, m.end)}
    if named.intersection(range(start, noun)):
        return set()  # "Izvestia's summary says ...": whose text it is, read as a speaker's
    return {k for k in range(start, verb + 1) if k not in named}


def owned_name(reading: Reading, owner: Mention) -> bool:
    """True when a country's possessive stands before a name ("Russia's RIA Novosti")."""
    last = reading.tokens[owner.end - 1]
    following = reading.tokens[owner.end] if owner.end < len(reading.tokens) else None
    return (
        following is not None
        and following.capitalised
        and possessive(reading.text, last)
        and bool(lexicon.country(last.word))
    )


_PHRASE_BEFORE_THAT = 7  # words of a phrase between a verb of saying and its "that"


def that_after_a_phrase(reading: Reading, verb: int) -> bool:
    """True when a phrase that opens with a preposition stands between a verb and its
    "that", with no mark between: "wrote on the 'Allies. CSTO' portal that ..."."""
    tokens = reading.tokens
    if verb + 2 >= len(tokens) or tokens[verb + 1].word not in PREPOSITIONS:
        return False
    classes = lexicon.classes(tokens[verb].lemma)
    if not classes & REPORTING_CLASSES or "verb.stative" in classes:
        return False  # ("has proved over thirty years that ...": a state it is in, no words of anyone's)
    for k in range(verb + 2, min(len(tokens), verb + 2 + _PHRASE_BEFORE_THAT)):
        if tokens[k].word == "that":
            return "," not in reading.text[tokens[verb].end : tokens[k].start]
    return False
