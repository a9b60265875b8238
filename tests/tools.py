"""Real tools the tests drive (rsvg-convert, node): skipped on a machine without
them, but a failure in CI, where .ci/run installs them."""

from __future__ import annotations

import os
import shutil

import pytest


def require(tool: str, install: str) -> str:
    """The path of `tool`; without it, skip (or fail under CI=true)."""
    found = shutil.which(tool)
    if found:
        return found
    message = f"{tool} is not installed ({install})"
    if os.environ.get("CI") == "true":
        pytest.fail(message + "; .ci/run installs it")
    pytest.skip(message)
