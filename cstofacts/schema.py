"""The closed vocabularies, in one place and importable without the rest of the core:
the record schema's, every command's output formats, the verdict labels and the
exit codes the contract names."""

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

# What check decides, and the exit code of each (the contract's).
SUPPORTED, REFUTED, NEI = "supported", "refuted", "not-enough-info"
VERDICTS = (SUPPORTED, REFUTED, NEI)
CHECK_EXIT_CODES = {SUPPORTED: 0, REFUTED: 1, NEI: 3}

# The output formats of each command, the default first.
LIST_FORMATS = ("table", "json", "jsonl", "csv", "tsv", "markdown")  # search, show, export, entities, sources
TIMELINE_FORMATS = (*LIST_FORMATS, "svg", "html", "mermaid")
PICTURE_FORMATS = ("svg", "html", "mermaid")
BLOCK_FORMATS = ("markdown", "text", "html", "latex", "biblatex", "rst", "pandoc", "json")  # quote blocks
QUOTE_FORMATS = (*BLOCK_FORMATS, "jsonl", "csv", "tsv", "table")
CITE_FORMATS = ("text", "markdown", "html", "bibtex", "biblatex", "csl-json")
STYLE_FORMATS = ("text", "markdown", "html")  # cite --style
CHECK_FORMATS = ("table", "json", "jsonl", "csv", "tsv")
IMPORT_FORMATS = ("json", "jsonl", "csv", "tsv")
VALIDATE_FORMATS = ("text", "json")
