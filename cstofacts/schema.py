"""The record schema's closed vocabularies, importable without the rest of the core."""

from __future__ import annotations

KINDS = ("fact", "quote", "event")
ENTITY_TYPES = (
    "person",
    "organisation",
    "state",
    "place",
    "exercise",
    "outlet",
    "document",
    "award",
    "meeting",
)

# What `quote --verify` finds of words someone wants to quote, and its exit codes.
EXACT, NEAR, NOT_FOUND = "EXACT", "NEAR", "NOT FOUND"
# The words (or nearly they) stand in a source, but in nobody's quote: the reporter's
# own words, reported speech, an interviewer's question. Not citable as a quote.
NOT_A_QUOTE = "IN SOURCE, NOT A QUOTE"
QUOTE_EXIT_CODES = {EXACT: 0, NEAR: 3, NOT_FOUND: 1, NOT_A_QUOTE: 1}
