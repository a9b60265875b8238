"""Errors a user sees as one line on stderr, each with the contract's exit code."""

from __future__ import annotations


class CstofactsError(Exception):
    """An error the user should see as one line, without a traceback."""

    exit_code = 1


class NotFound(CstofactsError):
    """Nothing matched: exit 1."""

    exit_code = 1


class InvalidInput(CstofactsError):
    """A value the user gave cannot be used: exit 2, like click's usage errors."""

    exit_code = 2


class StoreError(CstofactsError):
    """The store cannot be read or written (missing, corrupt, locked): exit 4."""

    exit_code = 4
