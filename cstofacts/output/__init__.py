"""What the tool prints: tables, JSON, CSV, Markdown, quote blocks, citations, verdicts, the timeline picture and the SQLite export. No module here reads or writes a store."""
