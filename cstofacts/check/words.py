"""A sentence as tokens: each word with its folded form, its lemma and where it stands."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple, Protocol

from cstofacts import lexicon
from cstofacts.check.termsets import DETERMINERS, FUNCTION_WORDS, MODALS, PREDICATING, PREPOSITIONS, VERBS_OF_BEING
from cstofacts.text import fold

# Numeric dates stay one token ("2024-07-19", "31.03.2025"), and so do numbers
# with a decimal point or thousands commas; an abbreviation with dots ("U.N.")
# is one token, read without them; a possessive "'s" is cut off.
_TOKEN = re.compile(
    r"\d{4}-\d{2}(?:-\d{2})?(?!\d)|\d{4}/\d{1,2}/\d{1,2}(?!\d)|(?<!\d)\d{1,2}[./]\d{1,2}[./]\d{4}(?!\d)"
    r"|\d{1,3}(?:,\d{3})+(?!\d)|\b(?:[^\W\d_]\.){2,}(?![^\W_])|[^\W_]+(?:[-\u2013][^\W_]+)*"
)


# Quoted words: straight or typographic double quotes, or guillemets.
QUOTED = re.compile(r'"([^"]+)"|\u201c([^\u201c\u201d]+)\u201d|\u00ab([^\u00ab\u00bb]+)\u00bb')
# Quoted words, this many or more, are someone's words (a quotation); fewer are a term
# set off ("so-called "rigid" discipline", a «coordinating state»).
MIN_QUOTE_WORDS = 3


class Token(NamedTuple):
    raw: str  # as written
    word: str  # folded: lower case, no accents, plain dashes
    lemma: str  # base form, American spelling ("prioritises" -> "prioritize")
    start: int  # offsets into the sentence
    end: int

    @property
    def capitalised(self) -> bool:
        return self.raw[:1].isupper()

    @property
    def function(self) -> bool:
        return self.word in FUNCTION_WORDS


@lru_cache(maxsize=65536)
def lemma_of(word: str) -> str:
    """The lemma of a folded word; hyphenated compounds keep their form
    ("military-political"), numbers stay as written."""
    if not word or word[0].isdigit():
        return word
    return lexicon.lemma(word)


_fold = lru_cache(maxsize=65536)(fold)  # a sentence's words recur in every record read


def tokenize(text: str) -> list[Token]:
    found = []
    for match in _TOKEN.finditer(text):
        raw = match.group()
        if raw.lower() in ("s", "t") and match.start() and text[match.start() - 1] in "'\u2019":
            continue  # the "s" of a possessive, the "t" of "don't" (read as a negation below)
        word = _fold(raw)
        if word[:1].isalpha() and "." in word:  # "U.N." -> "un"
            word = word.replace(".", "")
        found.append(Token(raw, word, lemma_of(word), match.start(), match.end()))
    return _negations(text, found)


def _negations(text: str, tokens: list[Token]) -> list[Token]:
    """ "doesn't", "isn't", "can't": the verb, then a "not" of its own."""
    out: list[Token] = []
    for token in tokens:
        after = text[token.end : token.end + 2]
        if after in ("'t", "\u2019t") and token.word.endswith("n"):
            stem = {"can": "can", "won": "will", "don": "do", "doesn": "does", "didn": "did"}.get(
                token.word, token.word[:-1]
            )
            out.append(Token(token.raw[:-1] or token.raw, stem, lemma_of(stem), token.start, token.end - 1))
            out.append(Token("n't", "not", "not", token.end - 1, token.end + 2))
        else:
            out.append(token)
    return out


class HasTokens(Protocol):
    """A sentence read: its text and its tokens (a Reading)."""

    text: str
    tokens: list[Token]


def gap(reading: HasTokens, left: int, right: int) -> str:
    """The text between two tokens: spaces, and any marks ("," ";" ".")."""
    return reading.text[reading.tokens[left].end : reading.tokens[right].start]


def noun_use(reading: HasTokens, i: int) -> bool:
    """True when the word at `i` follows a determiner or an owner ("the meeting",
    "member states' approaches"): a noun here, whatever else it may be."""
    if i == 0:
        return False
    before = reading.tokens[i - 1]
    return before.word in DETERMINERS or possessive(reading.text, before)


def object_of_preposition(reading: HasTokens, i: int) -> bool:
    """True when the word at `i`, in its base form, follows a preposition other than the
    infinitive's "to" ("on hold", "in force"): a noun there, not the verb it may also be."""
    if i == 0 or reading.tokens[i].word != reading.tokens[i].lemma:
        return False
    return reading.tokens[i - 1].word in PREPOSITIONS - {"to"}


def used_as(reading: HasTokens, i: int) -> str:
    """The part of speech the word at `i` is used in, where its neighbours show it: "n"
    after a determiner, an owner or a preposition; "v" after a modal or the infinitive's
    "to" (an adverb between), or inflected as a verb after an auxiliary or in -ed or -ing
    ("has frozen", "signed"); "" when unsure."""
    if noun_use(reading, i) or object_of_preposition(reading, i):
        return "n"
    token = reading.tokens[i]
    before = [t.word for t in reading.tokens[max(0, i - 2) : i]]
    after_modal = before and (before[-1] in MODALS or before[-1] == "to" or (len(before) == 2 and before[0] in MODALS))
    if after_modal and lexicon.is_verb(token.lemma):
        return "v"
    inflected = token.word != token.lemma and lexicon.is_verb(token.lemma)
    if inflected and (token.word.endswith(("ed", "ing")) or (before and before[-1] in VERBS_OF_BEING | {"being"})):
        return "v"  # "signed", "has frozen"
    return ""


def possessive(text: str, token: Token) -> bool:
    """True when the token ends in a possessive's "'s" (or its "'" after an "s")."""
    return text[token.end : token.end + 2] in ("'s", "\u2019s") or (
        text[token.end : token.end + 1] in ("'", "\u2019") and token.word.endswith("s")
    )


def words_of(text: str) -> list[str]:
    return [t.word for t in tokenize(text)]


def positions(words: list[str], phrase: tuple[str, ...]) -> list[int]:
    """Every index of `words` where `phrase` starts."""
    size = len(phrase)
    if not size:
        return []
    first = phrase[0]  # compared alone first: most words start no phrase, and no slice is made for them
    return [
        i
        for i in range(len(words) - size + 1)
        if words[i] == first and (size == 1 or tuple(words[i : i + size]) == phrase)
    ]


def word_before(tokens: list[Token], at: int, passing: Callable[[Token], bool], stop: int = -1) -> int:
    """The index of the nearest token before `at` that `passing` does not pass over (the
    preposition before "the CSTO chief", the "by" before "Secretary General X"), and
    not past `stop`: `stop` itself when every token after it passes."""
    k = at - 1
    while k > stop and passing(tokens[k]):
        k -= 1
    return k


def capitalised_before(tokens: list[Token], text: str, at: int, limit: int = 0) -> list[int]:
    """The indexes of the capitalised words right before token `at`, nearest last,
    with nothing but spaces between ("Armenian Prime Minister Nikol Pashinyan"; in
    "Earlier, Belarusian Minister X" not "Earlier"); at most `limit` when given."""
    j = at
    while (
        j > 0
        and (not limit or at - j < limit)
        and tokens[j - 1].capitalised
        and not tokens[j - 1].function
        and not text[tokens[j - 1].end : tokens[j].start].strip()
    ):
        j -= 1
    return list(range(j, at))


def compound_head(word: str) -> str:
    """The lemma of a hyphenated compound's last part, what it names: "ever-mounting" ->
    "mount", "member-state" -> "state"; the word's own lemma when it has no hyphen inside."""
    return lemma_of(word.rsplit("-", 1)[1]) if "-" in word[1:-1] else lemma_of(word)


def past_form(token: Token) -> bool:
    """True for a verb's past form, regular ("reported") or not ("made", "told"): an
    inflected form of a verb that is no -s or -ing form."""
    from cstofacts import lexicon

    return token.word != token.lemma and not token.word.endswith(("s", "ing")) and lexicon.is_verb(token.lemma)


def next_word(tokens: list[Token], i: int) -> str:
    """The word after the token at `i`, or "" at the end."""
    return tokens[i + 1].word if i + 1 < len(tokens) else ""


def past_verb(token: Token) -> bool:
    """True for a verb's past form ("urged", "stressed"): after a name and a comma it
    opens a clause ("..., Tokayev, urged the CSTO ..."), not a title."""
    from cstofacts import lexicon

    inflected = token.word != token.lemma and token.word.endswith("ed")
    return inflected and lexicon.is_verb(token.lemma)


def predicating(token: Token) -> bool:
    """True when what follows the token is said of a thing: "is", "remains", "became"
    (any form of PREDICATING's verbs), "as"."""
    return token.word in PREDICATING or token.lemma in PREDICATING
