"""Golden files: compare output with tests/snapshots/NAME; UPDATE_SNAPSHOTS=1 rewrites them."""

from __future__ import annotations

import os
from pathlib import Path

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"


def assert_snapshot(text: str, name: str) -> None:
    path = SNAPSHOTS / name
    if os.environ.get("UPDATE_SNAPSHOTS") == "1" or not path.exists():
        path.write_text(text, "utf-8")
    assert text == path.read_text("utf-8"), f"output differs from {path} (UPDATE_SNAPSHOTS=1 to accept)"
