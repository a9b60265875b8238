"""`ingest`: candidate records from a source's text, in the import format."""

from __future__ import annotations

from typing import Any

import click

from cstofacts.commands.common import App, Command, check_query, emit, note, pass_app, table_width, tablefmt_option

INGEST_FORMATS = ("jsonl", "json", "table")


@click.command(cls=Command)
@click.argument("source_id", metavar="SOURCE_ID")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(INGEST_FORMATS),
    default="jsonl",
    show_default=True,
    help="jsonl and json are rows `cstofacts import` reads; table is for reading.",
)
@click.option(
    "--tablefmt",
    default="simple",
    show_default=True,
    metavar="NAME",
    callback=tablefmt_option,
    help="Any tabulate format for table.",
)
@pass_app
def ingest(app: App, source_id: str, fmt: str, tablefmt: str) -> None:
    """Candidate records from a source's text, in the import format, to edit and import.

    Every direct quote with its speaker (an interview's answers the
    interviewee's, its questions the outlet's; never a title, a name or a
    scare quote in quotation marks), reported speech as facts with their
    speaker, dated events (a year taken from earlier in the paragraph is
    marked date_implied), counts, and the entities the store knows; names new
    to the store are listed in proposed_entities (move one into entities to
    create it). Each row has its evidence (whole sentences) and locator.
    Each row also names, in found_by, the rule that found it (import ignores it).

    \b
    Examples:
      cstofacts ingest my-article-1a2b3c > candidates.jsonl
      $EDITOR candidates.jsonl            # keep, mend or delete rows
      cstofacts import candidates.jsonl
      cstofacts ingest my-article-1a2b3c --format table
    """
    from cstofacts.errors import NotFound
    from cstofacts.ingest.proposals import propose, row

    wanted = check_query(source_id, "source id")
    store = app.store
    if wanted not in store.sources:
        raise NotFound(store.unknown_record(wanted, sources_too=True).replace("record or source", "source", 1))
    source = store.sources[wanted]
    text = store.source_text(source)
    if text is None:
        raise NotFound(f"source {wanted!r} has no text to read: add the article with: cstofacts source add FILE")
    rows = [row(c, text, source) for c in propose(text, source, store.entities)]
    emit(_render(rows, fmt, tablefmt))
    _summary(rows)


def _render(rows: list[dict[str, Any]], fmt: str, tablefmt: str) -> str:
    from cstofacts.output import render

    if fmt == "json":
        return render.to_json(rows)
    if fmt == "jsonl":
        return render.to_jsonl(rows)
    from cstofacts.output.fit import Shape

    header = ("paragraph", "kind", "date", "speaker", "text", "found_by")
    cells = [
        (
            r["locator"]["paragraph"],
            r["kind"],
            (r["date"] or "")
            + (f"/{r['date_end']}" if r["date_end"] else "")
            + (" (implied)" if r["date_implied"] else ""),
            r["speaker"] or ("?" if r["kind"] == "quote" else ""),
            r["text"],
            r["found_by"],
        )
        for r in rows
    ]
    shape = Shape(main=("text",), concessions=("found_by", "paragraph", "kind", "narrow", "speaker", "date"))
    return render.table(header, cells, tablefmt=tablefmt, width=table_width(True), shape=shape)


def _summary(rows: list[dict[str, Any]]) -> None:
    from collections import Counter

    from cstofacts.escape import plural

    kinds = Counter(r["kind"] for r in rows)
    parts = ", ".join(plural(kinds[k], k) for k in ("quote", "fact", "event") if kinds[k])
    note(f"{plural(len(rows), 'candidate')}: {parts or 'none'}")
    unnamed = [str(number) for number, r in enumerate(rows, 1) if r["kind"] == "quote" and not r["speaker"]]
    if unnamed:
        note(
            f"{plural(len(unnamed), 'quote')} without a speaker (rows {', '.join(unnamed[:10])}): fill in speaker before importing"
        )
