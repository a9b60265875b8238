"""A slot compared: what the claim gives for it, what the record does, and whether
they match, conflict, or the record gives none."""

from __future__ import annotations

from typing import NamedTuple

MATCH, CONFLICT, ABSENT = "match", "conflict", "absent"


class Slot(NamedTuple):
    name: str  # "date", "place", "number", "participants", "body", "role", "speaker", "outlet", "period"
    status: str  # MATCH, CONFLICT or ABSENT
    claimed: str
    recorded: str = ""
    strong: bool = True  # from the record's own field, not read from its words

    def describe(self) -> str:
        if self.status == MATCH:
            return f"{self.name} matches {self.recorded or self.claimed}"
        if self.status == CONFLICT:
            return f"{self.name}: the source says {self.recorded}"
        return f"{self.name}: the record gives none (the claim says {self.claimed})"
