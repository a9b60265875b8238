"""Completeness of the bundled store against its five source articles.

Every year, number (in digits or words), month-and-day and proper-name phrase
printed in a source must stand inside the evidence span of at least one record
of that source (``record["locator"]["start"] .. ["end"]`` in
``data/cstofacts.json``), or be listed in ALLOWLIST below with the reason it is
not a claim. A failure lists every uncovered item with its source and offset,
which means something in the article was left out of the store.

Standard library only; no import of the cstofacts package.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES_DIR = ROOT / "data" / "sources"
STORE = ROOT / "data" / "cstofacts.json"

SOURCE_IDS = sorted(path.stem for path in SOURCES_DIR.glob("*.txt"))

# --------------------------------------------------------------------------
# What is extracted from a source.

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    "fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|"
    "million|millions|dozen|dozens|first|second|third|fourth|fifth|sixth|"
    "seventh|eighth|ninth|tenth|twice|thrice|single|double|triple|half|"
    "once"
)

YEAR_RE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
DIGITS_RE = re.compile(r"\d+")
NUMBER_WORD_RE = re.compile(rf"\b(?:{NUMBER_WORDS})\b", re.IGNORECASE)
MONTH_DAY_RE = re.compile(rf"(?:\b\d{{1,2}}\s+)?\b(?:{MONTHS})\b(?:\s+\d{{1,2}}\b)?(?:,\s*\d{{4}}\b)?")
# A capitalised word: a letter (Latin or Cyrillic) in upper case, then word
# characters, with inner hyphens or dots ("Kassym-Jomart", "Cronos.Asia",
# "Brothers-in-Arms", "Interaction-2023"). A possessive 's is not part of it.
WORD_RE = re.compile(r"[^\W\d_]\w*(?:[-.][^\W_]\w*)*")
# Capitalised words that start a run but name nothing.
STOP_WORDS = {
    "The",
    "In",
    "It",
    "A",
    "An",
    "On",
    "At",
    "As",
    "Of",
    "And",
    "But",
    "Or",
    "For",
    "To",
    "By",
    "If",
    "I",
    "We",
    "He",
    "She",
    "They",
    "This",
    "These",
    "That",
    "Those",
    "Such",
    "Thus",
    "Also",
    "Even",
    "However",
    "Both",
    "All",
    "Another",
    "What",
    "How",
    "Do",
    "Does",
    "Did",
    "When",
    "Our",
    "Its",
    "His",
}
SENTENCE_END = ".?!"
# Marks that may stand between a sentence end (or line start) and its first
# word: quotation marks, brackets, the interview dash, list hyphens.
OPENERS = "\"'“”‘’«»([—–-"


def _sentence_initial(text: str, start: int) -> bool:
    """True when the word at `start` opens a line or a sentence."""
    i = start - 1
    while i >= 0 and text[i] != "\n" and (text[i].isspace() or text[i] in OPENERS):
        i -= 1
    return i < 0 or text[i] == "\n" or text[i] in SENTENCE_END


def _capitalised_words(text: str):
    for match in WORD_RE.finditer(text):
        word = match.group()
        if word[0].isupper():
            yield match


def proper_name_phrases(text: str) -> list[tuple[str, int, int]]:
    """Runs of capitalised words, less a sentence-initial word that is
    capitalised nowhere else and less stop words at either edge."""
    words = list(_capitalised_words(text))
    elsewhere = {m.group() for m in words if not _sentence_initial(text, m.start())}
    runs: list[list[re.Match]] = []
    for match in words:
        if runs:
            previous = runs[-1][-1]
            gap = text[previous.end() : match.start()]
            if gap == " " and text[previous.end() - 1] != ".":
                runs[-1].append(match)
                continue
        runs.append([match])
    phrases = []
    for run in runs:
        first = run[0]
        # A sentence-initial word counts only if it is capitalised elsewhere
        # too; words in Cyrillic (the byline) are names wherever they stand.
        if _sentence_initial(text, first.start()) and first.group() not in elsewhere and first.group().isascii():
            run = run[1:]
        while run and run[0].group() in STOP_WORDS:
            run = run[1:]
        while run and run[-1].group() in STOP_WORDS:
            run = run[:-1]
        if run:
            start, end = run[0].start(), run[-1].end()
            phrases.append((text[start:end], start, end))
    return phrases


def items(text: str) -> list[tuple[str, str, int, int]]:
    """(kind, text, start, end) of every item a record must cover."""
    found = []
    for match in DIGITS_RE.finditer(text):
        kind = "year" if YEAR_RE.fullmatch(match.group()) else "number"
        found.append((kind, match.group(), match.start(), match.end()))
    for match in NUMBER_WORD_RE.finditer(text):
        found.append(("number-word", match.group(), match.start(), match.end()))
    for match in MONTH_DAY_RE.finditer(text):
        found.append(("month", match.group(), match.start(), match.end()))
    for phrase, start, end in proper_name_phrases(text):
        found.append(("name", phrase, start, end))
    return sorted(set(found), key=lambda item: (item[2], item[3], item[0]))


# --------------------------------------------------------------------------
# Items that are deliberately not covered by any record:
# (source id, item text, offset) -> reason.

ALLOWLIST: dict[tuple[str, str, int], str] = {}  # every page title is a record too now


# --------------------------------------------------------------------------


def _store() -> dict:
    return json.loads(STORE.read_text("utf-8"))


def _spans(store: dict, source_id: str) -> list[tuple[int, int]]:
    return [
        (record["locator"]["start"], record["locator"]["end"])
        for record in store["records"].values()
        if record["source"] == source_id
    ]


def _uncovered(source_id: str) -> list[tuple[str, str, int, int]]:
    text = (SOURCES_DIR / f"{source_id}.txt").read_text("utf-8")
    spans = _spans(_store(), source_id)
    return [item for item in items(text) if not any(start <= item[2] and item[3] <= end for start, end in spans)]


def _describe(source_id: str, item: tuple[str, str, int, int]) -> str:
    text = (SOURCES_DIR / f"{source_id}.txt").read_text("utf-8")
    kind, value, start, end = item
    line = text.count("\n", 0, start) + 1
    context = text[max(0, start - 30) : end + 30].replace("\n", " ")
    return f"{source_id} @{start} (line {line}) {kind} {value!r}: ...{context}..."


@pytest.mark.parametrize("source_id", SOURCE_IDS)
def test_source_has_records(source_id):
    assert _spans(_store(), source_id), f"{source_id}: no records in the store"


@pytest.mark.parametrize("source_id", SOURCE_IDS)
def test_every_item_is_covered(source_id):
    missing = [item for item in _uncovered(source_id) if (source_id, item[1], item[2]) not in ALLOWLIST]
    report = "\n".join(_describe(source_id, item) for item in missing)
    assert not missing, f"{len(missing)} uncovered item(s) in {source_id}:\n{report}"


@pytest.mark.parametrize("source_id", SOURCE_IDS)
def test_allowlist_entries_are_needed(source_id):
    """An allowlisted item must exist and must still be uncovered."""
    uncovered = {(source_id, item[1], item[2]) for item in _uncovered(source_id)}
    stale = [key for key in ALLOWLIST if key[0] == source_id and key not in uncovered]
    assert not stale, f"allowlist entries no longer needed or not found: {stale}"


def test_allowlist_has_reasons():
    assert all(reason.strip() for reason in ALLOWLIST.values())
    assert {key[0] for key in ALLOWLIST} <= set(SOURCE_IDS)
