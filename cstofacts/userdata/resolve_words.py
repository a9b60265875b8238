"""What resolving a user's records says and compares: ids shown safely in a message,
the message for a quote given to a bundled source, folded text with its offsets,
and the known entity name a new one is most likely a typo of."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from cstofacts.userdata.records_input import NEAR_ENTITY

if TYPE_CHECKING:
    from cstofacts.models import Source
    from cstofacts.userdata.records_input import RecordInput


def shown(value: str) -> str:
    """An id from a store, as safe to print in a message as any record (short, no control characters)."""
    from cstofacts.escape import one_line

    text = one_line(value)
    return text if len(text) <= 100 else text[:100] + "..."


def bundled_quote_message(item: RecordInput, source: Source) -> str:
    if item.from_file:
        fact, own = "kind fact, with evidence", "source_title, or a source you added"
    else:
        fact, own = "--kind fact, with --evidence", "--source-title, or a source you added"
    return (
        f"{item.label('source')}: {shown(source.id)} is a bundled source, and every quote in it is in the store "
        f"already (see: cstofacts quote --speaker NAME; check words: cstofacts quote --verify TEXT); "
        f"what an article reports is a fact ({fact}), and a quote of your own needs a source of your own ({own})"
    )


def fold_offsets(text: str) -> tuple[str, list[int]]:
    """`text` folded and lower-cased, with each folded character's offset in `text`."""
    from cstofacts.locate import fold_with_offsets

    return fold_with_offsets(text, lower=True)


def near_name(name: str, known: Mapping[str, str]) -> str | None:
    """The known entity `name` is most likely a typo of (see NEAR_ENTITY), if any."""
    from difflib import SequenceMatcher

    wanted = name.casefold()
    digits = re.findall(r"\d+", wanted)
    best, best_ratio = None, NEAR_ENTITY
    matcher = SequenceMatcher(autojunk=False)
    matcher.set_seq2(wanted)
    for other, canonical in known.items():
        if re.findall(r"\d+", other) != digits:
            continue
        matcher.set_seq1(other)
        if matcher.real_quick_ratio() < best_ratio or matcher.quick_ratio() < best_ratio:
            continue
        ratio = matcher.ratio()
        if ratio >= best_ratio and (best is None or ratio > best_ratio):
            best, best_ratio = canonical, ratio
    return best
