"""The fixed vocabulary of places and office titles that claims and records are read with."""

from __future__ import annotations

from collections.abc import Sequence

# Where places lie, so that "in Kazakhstan" agrees with a record placed in
# Almaty. States map to themselves; cities to their state.
COUNTRY_OF = {
    "almaty": "kazakhstan", "astana": "kazakhstan", "nur sultan": "kazakhstan",
    "minsk": "belarus", "brest": "belarus", "vitebsk": "belarus", "grodno": "belarus",
    "moscow": "russia", "st petersburg": "russia", "saint petersburg": "russia", "sochi": "russia",
    "khujand": "tajikistan", "dushanbe": "tajikistan",
    "bishkek": "kyrgyzstan", "osh": "kyrgyzstan", "cholpon ata": "kyrgyzstan",
    "yerevan": "armenia", "tashkent": "uzbekistan", "samarkand": "uzbekistan",
    "beijing": "china", "shanghai": "china", "baku": "azerbaijan", "tbilisi": "georgia",
    "kyiv": "ukraine", "kiev": "ukraine", "brussels": "belgium", "new york": "united states",
    "washington": "united states", "geneva": "switzerland", "vienna": "austria",
    "london": "united kingdom", "paris": "france", "berlin": "germany", "kabul": "afghanistan",
}
COUNTRIES = frozenset(
    {
        "kazakhstan", "belarus", "russia", "tajikistan", "kyrgyzstan", "armenia", "uzbekistan",
        "china", "azerbaijan", "georgia", "ukraine", "belgium", "united states", "switzerland",
        "austria", "united kingdom", "france", "germany", "afghanistan", "serbia", "turkmenistan",
        "mongolia", "iran", "india", "turkey",
    }
)

# Role titles, longest first; a role differs when its title or its country does.
ROLE_TITLES = (
    ("secretary", "general"), ("prime", "minister"), ("foreign", "minister"), ("defense", "minister"),
    ("president",), ("director",), ("head",), ("chairman",), ("minister",), ("premier",), ("ambassador",),
)
ROLE_QUALIFIERS = {
    "kazakh": "kazakhstan", "kazakhstan": "kazakhstan", "armenian": "armenia", "armenia": "armenia",
    "belarusian": "belarus", "belarus": "belarus", "russian": "russia", "russia": "russia",
    "kyrgyz": "kyrgyzstan", "kyrgyzstan": "kyrgyzstan", "tajik": "tajikistan", "tajikistan": "tajikistan",
    "uzbek": "uzbekistan", "uzbekistan": "uzbekistan", "csto": "csto", "nato": "nato", "un": "un",
    "chinese": "china", "american": "united states",
}
ROLE_WORDS = frozenset(w for title in ROLE_TITLES for w in title) | frozenset(ROLE_QUALIFIERS) | {"the", "of", "s"}


def country_of(place: str) -> str | None:
    """The state a folded place name lies in (a state lies in itself); None when unknown."""
    return place if place in COUNTRIES else COUNTRY_OF.get(place)


def title(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The first role title, longest first, that `words` hold."""
    for candidate in ROLE_TITLES:
        size = len(candidate)
        if any(words[i : i + size] == candidate for i in range(len(words) - size + 1)):
            return candidate
    return None


def role_title(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The title a source's role wording gives; "head of the foreign ministry" is a foreign minister."""
    if "head" in words and "ministry" in words and "foreign" in words:
        return ("foreign", "minister")
    return title(words)


def qualifier(words: Sequence[str]) -> str | None:
    """Whose office a role is ("Kazakh", "NATO"): the first qualifier in `words`."""
    return next((ROLE_QUALIFIERS[w] for w in words if w in ROLE_QUALIFIERS), None)
