"""Golden files: compare output with tests/snapshots/NAME; UPDATE_SNAPSHOTS=1 rewrites them."""

from __future__ import annotations

import os
from pathlib import Path

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"


def assert_snapshot(text: str, name: str) -> None:
    path = SNAPSHOTS / name
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        path.write_text(text, "utf-8")
        return
    assert path.exists(), f"{name} is missing: run with UPDATE_SNAPSHOTS=1 and review it"
    assert text == path.read_text("utf-8"), f"output differs from {path} (UPDATE_SNAPSHOTS=1 to accept)"
