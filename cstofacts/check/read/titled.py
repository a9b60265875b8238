"""People's titles beside their names in a sentence: "Dr. Babaev", "Armenian Prime
Minister Nikol Pashinyan", "Belarus's top diplomat, Sergei Aleynik," (the role slot
reads them; they are no content of what the sentence states)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cstofacts import lexicon
from cstofacts.check.read.roles import role_reading
from cstofacts.check.termsets import APPOSITION_WORDS, MODALS, VERBS_OF_BEING
from cstofacts.check.words import Token, capitalised_before, past_verb, possessive

if TYPE_CHECKING:
    from cstofacts.check.read.reading import Reading


# Words of a clause's verb, which no title has.
_FINITE = MODALS | VERBS_OF_BEING | {"do", "does", "did", "not"}


def titles_of_people(reading: Reading) -> set[int]:
    """Words naming a person's title or honorific just before their name ("Dr.
    Babaev", "Armenian Prime Minister Nikol Pashinyan"): the role slot reads them."""
    found: set[int] = set()
    tokens = reading.tokens
    for m in reading.mentions:
        if m.entity.type != "person" or m.start < 0:
            continue
        # "Dr. Babaev", "Armenian Prime Minister Nikol Pashinyan" (no comma between)
        found.update(capitalised_before(tokens, reading.text, m.start))
        if m.how == "name":  # "Belarus's foreign minister Sergei Aleynik" (not "the deputy secretary general")
            found.update(title_before(reading, m.start))
        # An apposition set off by commas: "Belarus's top diplomat, Sergei Aleynik,"
        # or "Sergei Aleynik, head of the Belarusian Ministry of Foreign Affairs,".
        # "According to X, the CSTO ...": what follows the attributed name is what X says
        attributed = m.start > 0 and m.start - 1 in reading.reporting
        after = [] if attributed else _apposition(reading, m.end - 1, 1)
        before = _apposition(reading, m.start, -1)
        if m.end in reading.reporting and not _comma_before(reading, m.end) and _a_clause(before, tokens):
            before = []  # "The CSTO monitors NATO's actions, X told BelTA": what X says, no title
        for run in (before, after):
            if any(tokens[i].word in _FINITE for i in run) or (run and run[0] > m.start and past_verb(tokens[run[0]])):
                continue  # "According to Tasmagambetov, a bloc mentality may limit ...": a clause, no title
            if run and run[-1] < m.start and not _opens_a_phrase(reading, run[-1]):
                continue  # "At a meeting with NATO's Secretary General, Pashinyan ...": a phrase, no title
            if any("noun.person" in lexicon.classes(tokens[i].lemma) for i in run):
                found.update(run)
    return found


def title_before(reading: Reading, start: int) -> list[int]:
    """A title in small letters right before a name, no comma between, that ends in a
    word for a person and opens after a possessive or the sentence's start: "Belarus's
    foreign minister Sergei Aleynik", "Kazakh president Tokayev"."""
    tokens, text = reading.tokens, reading.text
    run: list[int] = []
    i = start - 1
    while i >= 0 and not tokens[i].function and not tokens[i].capitalised and len(run) < _TITLE_WORDS:
        if text[tokens[i].end : tokens[i + 1].start].strip():
            break  # a comma or a mark: no title run on to the name
        run.insert(0, i)
        i -= 1
    if not run or "noun.person" not in lexicon.classes(tokens[run[-1]].lemma):
        return []
    opens = (
        i < 0
        or possessive(text, tokens[i])
        or tokens[i].word in ("the", "a", "an")
        or bool(lexicon.country(tokens[i].word))
    )
    return run if opens else []


_TITLE_WORDS = 3  # words of a title in small letters: "foreign minister", "top diplomat"


def _a_clause(run: list[int], tokens: list[Token]) -> bool:
    """True when words hold a verb in a tense of its own ("monitors", "signed"): a clause,
    not a title ("Belarus's top diplomat")."""
    return any(
        tokens[i].word != tokens[i].lemma
        and any(c.startswith("verb.") for c in lexicon.classes(tokens[i].lemma))
        and not any(c.startswith("noun.") for c in lexicon.classes(tokens[i].word))
        for i in run
    )


def _comma_before(reading: Reading, at: int) -> bool:
    return at > 0 and "," in reading.text[reading.tokens[at - 1].end : reading.tokens[at].start]


def _opens_a_phrase(reading: Reading, first: int) -> bool:
    """True when a title set off before a name starts the sentence or follows a comma,
    and with a word that can open a title ("As NATO Secretary General, X"), not
    another preposition ("at a meeting with ...")."""
    token = reading.tokens[first]
    after_comma = reading.text[: token.start].rstrip().endswith(",")
    return (first == 0 or after_comma) and (not token.function or token.word in ("the", "a", "an", "as"))


def _apposition(reading: Reading, at: int, step: int) -> list[int]:
    """The tokens between a name and the comma that sets off a phrase beside it
    (before it when `step` is -1), up to APPOSITION_WORDS; none when no comma is
    there, or, after the name, when none closes it (a clause follows instead)."""
    tokens, text = reading.tokens, reading.text
    edge = tokens[at].start if step < 0 else tokens[at].end
    gap = text[:edge].rstrip()[-1:] if step < 0 else text[edge:].lstrip()[:1]
    if gap != ",":
        return []
    run: list[int] = []
    i = at + step
    closed = False
    while 0 <= i < len(tokens) and len(run) < APPOSITION_WORDS:
        between = (
            text[tokens[i].end : tokens[i - step].start] if step > 0 else text[tokens[i].end : tokens[i + 1].start]
        )
        if run and "," in between:
            closed = True
            break
        run.append(i)
        i += step
    if step > 0 and not closed and i < len(tokens) and "," not in text[tokens[i - 1].end : tokens[i].start]:
        return []  # no comma closes it: a clause ("According to X, the CSTO no longer ...")
    return run  # before the name, it may open the sentence ("Belarus's top diplomat, Sergei Aleynik")


_TITLE_WITHIN = 12  # words after a name that its title set beside it may take


def bodies_of_a_title(reading: Reading) -> set[str]:
    """The bodies named in the title set beside a person's name ("Kirill Babaev,
    director of the Institute of China and Modern Asia", "Babaev, who runs ...",
    "Babaev of the Russian Academy of Sciences"): the role the sources give the person
    says them, and the role slot checks it; they are no subject of the sentence."""
    found: set[str] = set()
    for person in reading.mentions:
        role = (person.entity.role or "").lower()
        if person.how != "name" or person.entity.type != "person" or not role:
            continue
        title = title_before(reading, person.start)
        if title:  # "Belarus's foreign minister Sergei Aleynik": the state whose office it is
            whose = role_reading(person.entity.role or "")[1]
            found |= {m.entity.name for m in reading.mentions if m.end == title[0] and m.entity.name.lower() in whose}
        if not _set_beside(reading, person.end):
            continue  # ("Babaev directs the Institute ...": the title is what the claim says)
        end = _title_end(reading, person.end)
        found |= {
            m.entity.name
            for m in reading.mentions
            if m.entity.type == "organisation"
            and person.end <= m.start < end
            and any(re.search(rf"\b{re.escape(name.lower())}\b", role) for name in (m.entity.name, *m.entity.aliases))
        }
    return found


def _title_end(reading: Reading, start: int) -> int:
    """Where a title beside a name ends: at the comma that closes it, within a few words."""
    tokens = reading.tokens
    end = start + 1
    while (
        end < min(len(tokens), start + _TITLE_WITHIN)
        and "," not in reading.text[tokens[end - 1].end : tokens[end].start]
    ):
        end += 1
    return end


def _set_beside(reading: Reading, end: int) -> bool:
    """True when a title follows a name: "of", or a comma and then "who" or a word for a
    person ("Babaev, director of ..."; not "the author, Babaev, directs ...")."""
    tokens = reading.tokens
    if end + 1 >= len(tokens):
        return False
    if tokens[end].word == "of":
        return True
    after = tokens[end]
    comma = reading.text[tokens[end - 1].end : after.start].strip() == ","
    # (a word for a person: "director", "head"; not "writing" or "directs")
    return comma and (after.word == "who" or (after.word == after.lemma and _a_word_for_a_person(after.lemma)))


def _a_word_for_a_person(lemma: str) -> bool:
    """ "director", or a word whose synonym is one ("head": "secretary general")."""
    return any("noun.person" in lexicon.classes(word) for word in {lemma, *lexicon.synonyms(lemma)})
