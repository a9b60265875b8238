"""The source paragraph around a record's evidence, for `show --context`."""

from __future__ import annotations

from cstofacts.escape import safe
from cstofacts.locate import paragraph_spans
from cstofacts.models import Record
from cstofacts.store import Store


def paragraph_context(store: Store, record: Record, marker: tuple[str, str]) -> str | None:
    """The paragraph holding the evidence, its highlight (or, when it has none, the
    evidence) between the two `marker`s.

    None when the record's source has no text here (a user's own source).
    """
    text = store.source_text(record.source)
    locator = record.locator
    if text is None or locator is None:
        return None
    spans = paragraph_spans(text)
    if not 1 <= locator.paragraph <= len(spans):
        return None
    first, last = spans[locator.paragraph - 1]
    last = max(last, locator.end)
    start, end = locator.start, locator.end
    if locator.highlight_start is not None and locator.highlight_end is not None:
        start, end = locator.highlight_start, locator.highlight_end
    return safe(text[first:start]) + marker[0] + safe(text[start:end]) + marker[1] + safe(text[end:last])
