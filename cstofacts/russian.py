"""Russian words: Snowball's stemmer and stop words, and the glossary of the CSTO's
own terms (data/lexicon/russian_glossary.tsv) that turns a Russian query's words
into the English ones the sources print.

The stemmer (the snowballstemmer package, 20 ms to import) is loaded only when a
Cyrillic word is met: an English search never pays for it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


def is_cyrillic(word: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in word)


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer("russian")


@lru_cache(maxsize=8192)
def russian_stem(word: str) -> str:
    """Snowball's stem of a lower-case Russian word: "учения", "учений" -> "учен"."""
    return str(_stemmer().stemWord(word))


def _lexicon_file(name: str) -> list[str]:
    from cstofacts.store import data_dir

    path = data_dir() / "lexicon" / name
    try:
        text = path.read_text("utf-8")
    except OSError:
        return []
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Snowball's Russian stop words, folded as query words are."""
    from cstofacts.text import fold

    return frozenset(fold(word) for word in _lexicon_file("russian_stop_words.txt"))


@lru_cache(maxsize=1)
def glossary() -> dict[tuple[str, ...], str]:
    """The glossary's Russian phrases, as tuples of stems, each with its English."""
    from cstofacts.text import WORD, fold

    entries: dict[tuple[str, ...], str] = {}
    for line in _lexicon_file("russian_glossary.tsv"):
        russian, english = line.split("\t")[:2]
        entries[tuple(russian_stem(w) for w in WORD.findall(fold(russian)))] = english
    return entries


def translate(words: list[str]) -> tuple[str, list[str]]:
    """The English of the glossary's phrases that `words` (folded, in order) spell,
    longest first, and the words no phrase took."""
    entries = glossary()
    longest = max((len(key) for key in entries), default=0)
    stems = [russian_stem(w) if is_cyrillic(w) else w for w in words]
    english: list[str] = []
    left: list[str] = []
    position = 0
    while position < len(words):
        for size in range(min(longest, len(words) - position), 0, -1):
            found = entries.get(tuple(stems[position : position + size]))
            if found is not None:
                english.append(found)
                position += size
                break
        else:
            left.append(words[position])
            position += 1
    return " ".join(english), left
