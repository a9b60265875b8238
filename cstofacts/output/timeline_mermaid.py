"""The timeline as a Mermaid `timeline` block, fenced for Markdown: GitHub, GitLab
and Obsidian draw it where it is pasted."""

from __future__ import annotations

import re
from collections.abc import Sequence

from cstofacts.escape import one_line
from cstofacts.models import Record
from cstofacts.output.timeline_layout import date_label, record_words

TITLE = "CSTO timeline"
# Mermaid reads ": " as the start of another event and "#...;" as an entity
# code, and its sanitiser drops what looks like markup; these are written as
# entity codes, which Mermaid turns back into the characters when it draws.
_SPECIAL = re.compile(r":(?=\s|$)|[#<>&]")


def _escape(text: str) -> str:
    return _SPECIAL.sub(lambda m: f"#{ord(m.group())};", one_line(text))


def _period(text: str) -> str:
    # A period may hold neither a colon nor "#"; our date labels never do, a
    # hand-written date aside.
    return re.sub(r"[:#]", " ", text).strip()


def _event(record: Record) -> str:
    return _escape(record_words(record))


def mermaid(records: Sequence[Record], subtitle: str = "") -> str:
    """A fenced ```mermaid block: a section a year, a period a date, an event a record."""
    title = f"{TITLE} ({subtitle})" if subtitle else TITLE
    lines = ["```mermaid", "timeline", f"    title {_escape(title)}"]
    section, period = None, None
    for record in records:
        year = (record.date or "")[:4]
        if year != section:
            lines.append(f"    section {year}")
            section, period = year, None
        label = _period(date_label(record))
        if label == period:
            lines.append(f"        : {_event(record)}")
        else:
            lines.append(f"        {label} : {_event(record)}")
            period = label
    lines.append("```")
    return "\n".join(lines)
