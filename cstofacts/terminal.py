"""The terminal: how wide it is, and whether output goes to one (then tables fit
it, long ids may be cut, and verdicts are coloured)."""

from __future__ import annotations

import os
import sys

DEFAULT_WIDTH = 100  # table width when there is no terminal to measure
MIN_WIDTH = 40  # narrower still, a table is stacked as field: value lines 40 wide


def terminal_columns(fallback: int = 80) -> int:
    """shutil.get_terminal_size().columns ($COLUMNS, else the terminal's width), without
    importing shutil: with the compression modules it pulls in, 2 ms of every start."""
    try:
        columns = int(os.environ.get("COLUMNS", 0))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            stream = sys.__stdout__
            columns = os.get_terminal_size(stream.fileno()).columns if stream is not None else 0
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or fallback


def table_width(explicit_format: bool) -> int:
    """The width a table fits: the terminal's for a default table on a terminal;
    else COLUMNS, or 100 on a pipe. Once --format is given the output must not
    depend on the terminal. Never below MIN_WIDTH."""
    if not explicit_format and _on_terminal():
        return max(MIN_WIDTH, terminal_columns(DEFAULT_WIDTH))
    try:
        return max(MIN_WIDTH, int(os.environ.get("COLUMNS", DEFAULT_WIDTH)))
    except ValueError:
        return DEFAULT_WIDTH


def prose_width() -> int | None:
    """The width a report's prose wraps to: the terminal's, on one; None on a pipe or
    a file, where a line stays whole for grep and scripts."""
    return max(MIN_WIDTH, terminal_columns(DEFAULT_WIDTH)) if _on_terminal() else None


def cut_ids(explicit_format: bool) -> bool:
    """Whether a table may cut long ids with …: a default table on a terminal only (as gh)."""
    return not explicit_format and _on_terminal()


def styled(explicit_format: bool) -> bool:
    """Colour and emphasis: for the default format on a terminal, unless NO_COLOR is set.
    Once --format is given the bytes must not depend on the terminal."""
    return not explicit_format and _on_terminal() and not os.environ.get("NO_COLOR")


def _on_terminal() -> bool:
    # stdout is None when the shell closed it (>&-)
    return sys.stdout is not None and sys.stdout.isatty()


def silence_stdout() -> None:
    # Python flushes stdout again at exit; point it at devnull so that flush
    # cannot raise a second BrokenPipeError after the reader has gone.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
