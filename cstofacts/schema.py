"""The record schema's closed vocabularies, importable without the rest of the core."""

from __future__ import annotations

KINDS = ("fact", "quote", "event")
ENTITY_TYPES = (
    "person", "organisation", "state", "place", "exercise", "outlet", "document", "award", "meeting",
)
