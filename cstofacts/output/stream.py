"""Printing: what a command prints on stdout, and its notes on stderr, made safe for a
terminal by the one escaping function (escape.safe)."""

from __future__ import annotations

import contextlib
import os
import sys

import click


def note_unmatched(unmatched: list[str]) -> None:
    """Say on stderr, after the results, which words of a query no record holds: the
    results match the rest. A stderr that cannot be written costs only the note."""
    if unmatched:
        listed = ", ".join(repr(w) for w in unmatched)
        note(f"note: no record has {listed}; the results match the rest of the query")


def note(text: str) -> None:
    """Say `text` on stderr, as one line safe for a terminal (escape.safe). A stderr
    that cannot be written costs only the note."""
    from cstofacts.escape import safe

    with contextlib.suppress(OSError):
        click.echo(safe(text, lines=False), err=True)


# Colour and emphasis that commands add on a terminal (styled()): SGR sequences,
# which set how text looks and nothing else (no cursor, no title, no reset).
_STYLE = r"(\x1b\[[0-9;]{0,12}m)"


def emit(text: str, *, styled: bool = False) -> None:
    """Print `text`, every character that could drive a terminal escaped (escape.safe):
    whatever a store holds is shown, never acted on. With `styled` (colour on a
    terminal, added by the command) SGR sequences alone are kept.

    A reader that went away ends the command quietly (exit 0); output that cannot
    be written (a full disk) is an error, not a traceback."""
    if not text:
        return
    from cstofacts.escape import safe

    if styled:
        import re

        text = "".join(part if number % 2 else safe(part) for number, part in enumerate(re.split(_STYLE, text)))
    else:
        text = safe(text)
    try:
        click.echo(text)
    except BrokenPipeError:
        silence_stdout()
        raise click.exceptions.Exit(0) from None
    except OSError as error:
        raise click.ClickException(f"cannot write the output: {error.strerror}") from None


def silence_stdout() -> None:
    # Python flushes stdout again at exit; point it at devnull so that flush
    # cannot raise a second BrokenPipeError after the reader has gone.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
