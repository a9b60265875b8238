"""The items a sentence lists ("three spheres: A, B and C", "the spheres are A, B and
C"): where they start and how they are parted. Part of stage 1 (reading); the list
rules (decide/lists.py) and counts (compare/counts.py) read them."""

from __future__ import annotations

import re

# Where a list's items start: after a colon, or (in a claim) after "are", "were", "include",
# "namely" or "as" ("lists its three spheres as A, B and C"); the last of them: "The three
# spheres, as the article says, are A, B and C" lists after "are".
_ITEMS = re.compile(r"(?::|\b(?:are|were|as|namely|include|includes|included)\b)\s+")
RECORD_ITEMS = re.compile(r":\s+")  # a source's list follows a colon
_COMMA = re.compile(r"\s*[,;]\s*")
_AND = re.compile(r"\s+and\s+")


# A list a verb of listing gives before "as": "lists A, B and C as its three spheres".
_LISTED_AS = re.compile(r"\b(?:lists|listed|list|names|named|cites|cited)\s+(.+?)\s+as\b")
_WHOLE = re.compile(r"^")  # (what the verb of listing gives is the list, whole)


def items(text: str, openers: re.Pattern[str] = _ITEMS) -> list[str]:
    """The items a sentence lists: after its last opener, or, in a claim, between a verb
    of listing and "as"; [] unless two or more."""
    found = _items_after(text, openers)
    if not found and openers is _ITEMS:
        listed = _LISTED_AS.search(text)
        found = _items_after(listed.group(1), _WHOLE) if listed else []
    return found


def _items_after(text: str, openers: re.Pattern[str]) -> list[str]:
    """The items a sentence lists after its last opener (a colon or a copula); []
    unless two or more. Commas part them, and an "and" before the last ("A, B and
    C"); an "and" inside an item stays ("A, B, and joint counteraction to challenges
    and threats")."""
    found = list(openers.finditer(text))
    listed = text[found[-1].end() :].rstrip().rstrip(".!").rstrip() if found else ""
    if not listed or ":" in listed:
        return []
    parts = [p.strip() for p in _COMMA.split(listed) if p.strip()]
    if len(parts) >= 2 and parts[-1].startswith("and "):
        parts[-1] = parts[-1][4:].strip()
    elif parts:
        last = _AND.split(parts[-1], maxsplit=1)  # "B and C": the last two
        parts[-1:] = [p.strip() for p in last if p.strip()]
    return parts if len(parts) >= 2 else []
