"""Commands of the user issue; they register themselves on the `cli` group."""

from __future__ import annotations

from cstofacts.cli import cli  # noqa: F401
