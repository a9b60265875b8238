"""Normalise words for matching: case, accents, typography, spelling variants, stems."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from cstofacts.locate import fold as fold_typography
from cstofacts.russian import is_cyrillic

WORD = re.compile(r"[^\W_]+", re.UNICODE)
# The patterns below are strings that re compiles on first use (and caches):
# most lookups never meet a hyphen or a non-ASCII letter, and compiling them
# all at import would cost a millisecond of every start.
# Words of letters joined by hyphens: "peace-keeping", "Brothers-in-Arms".
COMPOUND = r"\b[^\W\d_]+(?:-[^\W\d_]+)+"  # \b: 3x faster, no retries mid-word
# Characters that do not show: zero-width spaces and joiners, soft hyphens,
# direction marks. A query pasted from a web page may carry them.
_INVISIBLE = "[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
# The combining marks NFKD splits off accented letters ("é" -> "e" + U+0301).
_COMBINING = "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"

# The organisation's own names: every record is about the CSTO, so they rank nothing
# above anything else.
EVERY_RECORD = frozenset({"csto", "odkb", "одкб"})
# Words that say nothing about which record is meant, the CSTO's names among them.
STOP_WORDS = EVERY_RECORD | frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers him his how i if in into
    is it its itself just me more most my no nor not now of off on once only or other
    our out over own same she should so some such than that the their them then there
    these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours says said say tell told
    quote quotes fact facts record records
    without within amid across toward towards upon via throughout beyond
    """.split()
)

# British spellings that a user may type for the American ones the sources print.
AMERICAN = {
    "defence": "defense",
    "programme": "program",
    "programmes": "programs",
    "centre": "center",
    "centres": "centers",
    "manoeuvre": "maneuver",
    "manoeuvres": "maneuvers",
    "analyse": "analyze",
    "analysed": "analyzed",
    "analyses": "analyzes",
    "favour": "favor",
    "neighbour": "neighbor",
    "neighbours": "neighbors",
    "behaviour": "behavior",
    "honour": "honor",
    "labour": "labor",
    "counselling": "counseling",
    "travelled": "traveled",
    "emphasise": "emphasize",
    "emphasised": "emphasized",
    "recognise": "recognize",
    "recognised": "recognized",
    "prioritise": "prioritize",
    "prioritised": "prioritized",
    "signalling": "signaling",
    "catalogue": "catalog",
    "licence": "license",
    "offence": "offense",
    "modernise": "modernize",
    "modernising": "modernizing",
    "stabilise": "stabilize",
    "normalise": "normalize",
    "mobilise": "mobilize",
    "utilise": "utilize",
    "harmonise": "harmonize",
    "jewellery": "jewelry",
}

# Ordered: the first suffix that fits is cut, so longer ones come first.
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "s")


def fold(text: str) -> str:
    """Lower-case text without accents, with plain quotes and dashes."""
    text = fold_typography(text).casefold()
    if text.isascii():  # most text: nothing to decompose
        return text
    text = re.sub(_INVISIBLE, "", text)
    decomposed = unicodedata.normalize("NFKD", text)
    if decomposed == text:  # Cyrillic, dashes: nothing to strip either
        return text
    return re.sub(_COMBINING, "", decomposed)


def americanise(word: str) -> str:
    if word in AMERICAN:
        return AMERICAN[word]
    for british in ("isation", "isations"):  # organisation(s) -> organization(s)
        if word.endswith(british):
            return word[: -len(british)] + "ization" + british[7:]
    return word


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stem so that 'signed', 'signing' and 'signs' meet; short words stay whole.
    A Russian word gets Snowball's stem: 'учения' and 'учений' meet."""
    if not word.isascii() and is_cyrillic(word):
        from cstofacts.russian import russian_stem

        return russian_stem(word)
    word = americanise(word)
    if len(word) <= 4 or word.isdigit():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            # "countries" and "applied" meet "country" and "apply"
            word = word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def _is_russian_stop_word(word: str) -> bool:
    if not is_cyrillic(word):
        return False
    from cstofacts.russian import stop_words

    return word in stop_words()


def ascii_words(text: str) -> list[str]:
    """The words of `text` in lower-case ASCII, any script transliterated:
    'Арестова Т.' -> ['arestova', 't'], 'Émile' -> ['emile']. For ids and keys."""
    return re.findall(r"[a-z0-9]+", latin_spelling(text))


def latin_spelling(word: str) -> str:
    """A word of another script as the English-language sources would spell it:
    transliterated, with Russian "дж" as "j" ("Худжанд" -> "khujand")."""
    from anyascii import (
        anyascii,  # here: only ids, citation keys and non-Latin query words need it
    )

    return anyascii(word).replace("'", "").lower().replace("dzh", "j")


def words(text: str) -> list[str]:
    """The folded words of `text`, in order."""
    return WORD.findall(fold(text))


@lru_cache(maxsize=4096)
def name_terms(name: str) -> frozenset[str]:
    """The terms of a name; cached, as the same names recur in every record."""
    return frozenset(terms(name))


def terms(text: str) -> list[str]:
    """Stems of the words of `text` that are not stop words, in order, without repeats;
    then each hyphenated compound written as one word ("peace-keeping" also gives
    "peacekeep"), so that either spelling finds the other."""
    folded = fold(text)
    seen: dict[str, None] = {}
    for word in WORD.findall(folded):
        if len(word) == 1 and not word.isdigit():
            continue  # the "s" of "bloc's", the "U" of "U.S."
        if word not in STOP_WORDS and not (not word.isascii() and _is_russian_stop_word(word)):
            seen.setdefault(stem(word), None)
    for joined in compounds(folded):
        seen.setdefault(joined, None)
    return list(seen)


def compounds(folded: str, whole: bool = False) -> dict[str, tuple[str, ...]]:
    """Each hyphenated compound of folded text, as one stem (`whole`: as the word
    its parts make, unstemmed), with the stems of its parts."""
    found: dict[str, tuple[str, ...]] = {}
    if "-" not in folded:
        return found
    for match in re.finditer(COMPOUND, folded):
        parts = match.group().split("-")
        written = "".join(parts)
        found[written if whole else stem(written)] = tuple(stem(p) for p in parts if p not in STOP_WORDS)
    return found
