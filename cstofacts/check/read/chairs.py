"""Part of stage 1 (reading): the state a sentence says chaired a meeting, or the
place it says hosted one, and one who chaired in person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cstofacts import lexicon
from cstofacts.check.read.names import Mention
from cstofacts.check.termsets import CHAIR_WORDS, HOST_WORDS
from cstofacts.models import Entity

if TYPE_CHECKING:
    from cstofacts.check.read.reading import Reading

PLACE_TYPES = frozenset({"place", "state"})


def read_chair(reading: Reading) -> tuple[str | None, bool, set[int]]:
    """The state a sentence says chaired or hosted a meeting: "under the chairmanship
    of the Republic of Kazakhstan", "under Belarus's chairmanship", "chaired by Armenia";
    whether it hosted it ("hosted by Tajikistan", "Belarus played host"); and the
    words that say so, from the chair word to the state's name (the slot's, not content)."""
    for i, token in enumerate(reading.tokens):
        if token.lemma not in CHAIR_WORDS:
            continue
        kinds = PLACE_TYPES if token.lemma in HOST_WORDS else ("state",)  # a city hosts; only a state chairs
        near = [m for m in reading.mentions if m.entity.type in kinds and m.start >= 0 and abs(m.start - i) <= 5]
        if not near and token.lemma in HOST_WORDS:
            near = _places_of_the_lexicon(reading, i)  # "Astana hosted", a city no source names
        if near:
            state = min(near, key=lambda m: abs(m.start - i))
            hosted = token.lemma in HOST_WORDS
            between = reading.tokens[min(i, state.end) + 1 : max(i, state.start)]
            if any("noun.person" in lexicon.classes(t.lemma) for t in between if not t.function):
                return _person_chairing(reading, i, state.start, state.end)  # whom a state's chairmanship names not
            # a host is a place, which records say otherwise ("held in Belarus"); a chairmanship they name
            link = set(range(state.end, i + hosted)) if state.start < i else set(range(i + 1 - hosted, state.start))
            return state.entity.name, hosted, link
    return None, False, set()


def _person_chairing(reading: Reading, chair_word: int, start: int, end: int) -> tuple[str, bool, set[int]]:
    """The words of one who chaired in person ("the secretary of Kazakhstan's Security Council")."""
    tokens = reading.tokens
    first, last = (chair_word + 1, end - 1) if start > chair_word else (start, chair_word - 1)
    while last + 1 < len(tokens) and last + 1 != chair_word and tokens[last + 1].capitalised:
        last += 1  # "... of Kazakhstan's Security Council"
    while first < last and tokens[first].function:
        first += 1  # not "by the"
    return reading.text[tokens[first].start : tokens[last].end], False, set(range(first, last + 1))


def _places_of_the_lexicon(reading: Reading, host_word: int) -> list[Mention]:
    """Cities and countries the lexicon knows near a host word, outside the store's names."""
    return [
        Mention(Entity(token.raw, "place"), k, k + 1, "name")
        for k, token in enumerate(reading.tokens)
        if abs(k - host_word) <= 5 and k not in reading.named and token.capitalised and lexicon.is_place(token.word)
    ]
