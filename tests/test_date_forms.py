"""Date forms are compiled only for a text that may hold them (a speed-up of every
`check`). That must never lose a date: for every sentence of the bundled sources,
every claim of the blind sets and a table of the forms drafts write, what is found
equals what trying every form finds."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cstofacts import dates
from cstofacts.check.read import when

ROOT = Path(__file__).resolve().parent.parent
FORMS = [
    "on 28 May 2025",
    "May 28, 2025",
    "2025-05-28",
    "28.05.2025",
    "2025/05/28",
    "03/04/2025 and 13/04/2025",
    "in March 2023",
    "2025-05",
    "on 20 April",
    "April 20th",
    "the spring of 2024",
    "in autumn 2023",
    "the second half of 2025",
    "H1 2024",
    "the third quarter of 2023",
    "Q4 2025",
    "early May 2025",
    "mid-March 2023",
    "late May, 2025",
    "the end of March 2025",
    "June-August 2024",
    "May to July 2025",
    "early 2025",
    "mid-2023",
    "the middle of the year 2024",
    "2026-2030",
    "2024–2025",
    "from 2023 to 2025",
    "in 2025",
    "Minsk 2024",
    "no date at all",
]


def _texts() -> list[str]:
    texts = list(FORMS)
    for source in sorted((ROOT / "data" / "sources").glob("*.txt")):
        texts += re.split(r"(?<=[.!?])\s+", source.read_text(encoding="utf-8"))
    for path in sorted((ROOT / "tests" / "blind").glob("check_?.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        texts += [json.loads(line)["claim"] for line in lines if line.strip()]
    return texts


def test_gated_forms_find_what_every_form_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    assert len(texts) > 1000
    gated = [(dates.find_dates(t), when.find_when(t)) for t in texts]
    every_date_form = [dates.compiled(pattern, flags) for pattern, flags, _ in dates._FORMS]
    every_when_form = [(dates.compiled(pattern, re.I), kind) for pattern, kind, _ in when._FORMS]
    monkeypatch.setattr(dates, "_patterns", lambda text: every_date_form)
    monkeypatch.setattr(when, "_patterns", lambda text: every_when_form)
    every = [(dates.find_dates(t), when.find_when(t)) for t in texts]
    lost = [t for t, one, other in zip(texts, gated, every) if one != other]
    assert lost == []
    assert sum(bool(found[1]) for found in every) > 300  # the texts hold dates to lose
