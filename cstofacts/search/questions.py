"""A question's frame: the words that ask ("how many", "when", "who wrote") say
what kind of record answers it; they are not what the question is about."""

from __future__ import annotations

import re
from functools import lru_cache

from cstofacts.facets import COUNT, DATE, LIST, PERSON, PLACE

_NUMBER = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)"
# The frames of English questions, each with the kind of answer it asks for.
# Only the frame is cut from the query: "how many documents were signed"
# searches for "documents signed" among the records that hold a count.
FRAMES = (
    (r"(?:how many|how much|what number of|what is the number of)\b", COUNT),
    (
        r"(?:when|in what year|in which year|what year|which year|on what date|what date|what day|in what month"
        r"|in which month|since when|until when|how long ago)\b",
        DATE,
    ),
    (
        r"(?:where|in what (?:city|country|place)|in which (?:city|country|place)|which (?:city|country|place)"
        r"|what (?:city|country|place))\b",
        PLACE,
    ),
    (r"(?:who|whom|whose|by whom|which person|what person)\b", PERSON),
    (
        rf"(?:(?:what|which) (?:are|were|is|was) the(?= {_NUMBER}\b| \w+s\b)"
        rf"|(?:what|which) (?:are|were) the(?= (?:\w+ ){{1,2}}\w+s\b)|list(?: all| the)?|name the"
        rf"|(?:what|which) {_NUMBER}(?=\s))",
        LIST,
    ),
)
# Words a question can begin with: any other query is no question, and the
# frames' pattern is never compiled for it.
_OPENERS = frozenset(
    "how what when where who whom whose which in on since until by list name and so but tell do i".split()
)


@lru_cache(maxsize=1)
def _question() -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<k{kind}>{pattern})" for pattern, kind in FRAMES), re.IGNORECASE)


_LEAD = r"^\W*(?:(?:and|so|but|tell me|do you know|i wonder)\s+)*"


# The auxiliaries a question that asks "yes or no" opens with ("does the CSTO plan to ...").
_AUXILIARIES = frozenset("do does did is are was were can could will would should has have had may might".split())


def asks(text: str) -> bool:
    """True when the query is a question that no wh-frame opens: a question mark, or
    an auxiliary first ("does the CSTO plan to admit new members")."""
    first = text.split(None, 1)[0].lower().strip("\"'(") if text.strip() else ""
    return text.rstrip().endswith("?") or first in _AUXILIARIES


def read_question(text: str) -> tuple[int, str]:
    """The kind of answer (facets.COUNT, ...) the question `text` asks for, or 0,
    and the text without its frame."""
    first = text.split(None, 1)[0].lower().strip("\"'(") if text.strip() else ""
    if first not in _OPENERS:
        return 0, text
    lead = re.match(_LEAD, text, re.IGNORECASE)
    start = lead.end() if lead else 0
    match = _question().match(text, start)
    if match is None or match.lastgroup is None:
        return 0, text
    kind = int(match.lastgroup[1:])
    return kind, text[:start] + text[match.end() :]
