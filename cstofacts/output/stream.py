"""Printing: what a command prints on stdout, and its notes on stderr, made safe for a
terminal by the one escaping function (escape.safe)."""

from __future__ import annotations

import contextlib

import click

from cstofacts.terminal import silence_stdout


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


def emit(text: str, *, styled: bool = False) -> None:
    """Print `text` as escape.printable makes it: whatever a store holds is shown,
    never acted on.

    A reader that went away ends the command quietly (exit 0); output that cannot
    be written (a full disk) is an error, not a traceback."""
    if not text:
        return
    from cstofacts.escape import printable

    text = printable(text, styled=styled)
    try:
        click.echo(text)
    except BrokenPipeError:
        silence_stdout()
        raise click.exceptions.Exit(0) from None
    except OSError as error:
        raise click.ClickException(f"cannot write the output: {error.strerror}") from None
