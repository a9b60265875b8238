"""Text a terminal shows as it stands: the one escaping function (safe), and the
words of a message (one line, plurals). Core: the store's checks use it, and
everything printed passes through it."""

from __future__ import annotations

# Control characters (C0 but tab and newline, DEL, C1) and the bidi overrides
# could recolour, clear or reorder a terminal: show them as escapes instead.
# Tables for str.translate, not patterns: compiling the three character classes
# cost every command 1 ms of its start.
_BIDI = [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_C1 = [*range(0x7F, 0xA0)]
_UNSAFE = {c: f"\\u{c:04x}" for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *_C1, *_BIDI]}
# In a message of one line, a line break too would forge a line of its own.
_UNSAFE_IN_LINE = {c: f"\\u{c:04x}" for c in [*range(0x00, 0x09), *range(0x0A, 0x20), 0x2028, 0x2029, *_C1, *_BIDI]}


def safe(text: str, *, lines: bool = True) -> str:
    """`text` with every character that could drive a terminal written as an escape
    (`\\u001b`); with lines=False (an error or a note: one line) line breaks too.

    The one escaping function: everything printed that comes from a store or
    from the user (cli.emit, cli's error messages, notes) passes through it.
    """
    return text.translate(_UNSAFE if lines else _UNSAFE_IN_LINE)


# Colour and emphasis that commands add on a terminal (terminal.styled): SGR sequences,
# which set how text looks and nothing else (no cursor, no title, no reset).
_STYLE = r"(\x1b\[[0-9;]{0,12}m)"


def printable(text: str, *, styled: bool = False) -> str:
    """`text` as a command prints it: every character that could drive a terminal
    escaped (safe); with `styled` (colour on a terminal, added by the command) the SGR
    sequences alone are kept."""
    if not styled:
        return safe(text)
    import re

    return "".join(part if number % 2 else safe(part) for number, part in enumerate(re.split(_STYLE, text)))


# What no input may hold: the characters safe() escapes, but for the breaks a text
# has (tab, line feed, carriage return). A query, a claim and a document's line alike.
_CONTROL_IN_INPUT = frozenset(_UNSAFE) - {0x0D}


def control_at(text: str) -> int:
    """Where `text` first holds a control character (C0 but tab and line breaks, DEL,
    C1, a direction override or isolate); -1 for none."""
    if text.isascii() and text.isprintable():
        return -1  # (most input: no need to look at each character)
    return next((i for i, ch in enumerate(text) if ord(ch) in _CONTROL_IN_INPUT), -1)


def unsafe_in(text: str) -> bool:
    """True when `text` holds a character safe() escapes: what no store should hold
    (add and import refuse it, validate reports it)."""
    return len(text.translate(_UNSAFE)) != len(text)


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
