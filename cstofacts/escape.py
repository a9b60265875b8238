"""Text a terminal shows as it stands: the one escaping function (safe), and the
words of a message (one line, plurals). Core: the store's checks use it, and
everything printed passes through it."""

from __future__ import annotations

import re

# Control characters (C0 but tab and newline, DEL, C1) and the bidi overrides
# could recolour, clear or reorder a terminal: show them as escapes instead.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# In a message of one line, a line break too would forge a line of its own.
_UNSAFE_IN_LINE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def safe(text: str, *, lines: bool = True) -> str:
    """`text` with every character that could drive a terminal written as an escape
    (`\\u001b`); with lines=False (an error or a note: one line) line breaks too.

    The one escaping function: everything printed that comes from a store or
    from the user (cli.emit, cli's error messages, notes) passes through it.
    """
    return (_UNSAFE if lines else _UNSAFE_IN_LINE).sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# What no input may hold: the characters safe() escapes, but for the breaks a text
# has (tab, line feed, carriage return). A query, a claim and a document's line alike.
_CONTROL_IN_INPUT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def control_at(text: str) -> int:
    """Where `text` first holds a control character (C0 but tab and line breaks, DEL,
    C1, a direction override or isolate); -1 for none."""
    found = _CONTROL_IN_INPUT.search(text)
    return found.start() if found else -1


def unsafe_in(text: str) -> bool:
    """True when `text` holds a character safe() escapes: what no store should hold
    (add and import refuse it, validate reports it)."""
    return _UNSAFE.search(text) is not None


def plural(count: int, noun: str) -> str:
    """`1 record`, `2 records`; `1 new entity`, `2 new entities`."""
    if count == 1:
        return f"{count} {noun}"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return f"{count} {noun[:-1]}ies"
    return f"{count} {noun}s"


def one_line(text: str) -> str:
    """`text` escaped, on one line, its runs of white space one space."""
    return " ".join(safe(text).split())
