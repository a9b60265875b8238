"""The lookup commands: search, show, timeline."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from cstofacts.commands.common import (
    LIST_FORMATS,
    App,
    Command,
    check_query,
    cut_ids,
    emit,
    filter_options,
    make_filters,
    note,
    note_unmatched,
    output_options,
    pass_app,
    styled,
    table_width,
)
from cstofacts.errors import InvalidInput
from cstofacts.schema import PICTURE_FORMATS, TIMELINE_FORMATS

if TYPE_CHECKING:
    from cstofacts.dates import DateValue


@click.command(cls=Command)
@click.argument("query")
@filter_options
@click.option(
    "--min-score",
    type=click.IntRange(0, 100),
    default=None,
    help="Drop results scoring below this (0-100; default 50, lower for a query of more than three words).",
)
@click.option("--explain", is_flag=True, help="Show how each result was scored.")
@output_options(LIST_FORMATS)
@pass_app
def search(
    app: App,
    query: str,
    kind: str | None,
    speaker: str | None,
    source_id: str | None,
    date_from: DateValue | None,
    date_to: DateValue | None,
    limit: int | None,
    min_score: int | None,
    explain: bool,
    fmt: str | None,
    tablefmt: str,
) -> None:
    """Fuzzy search over every record, best first.

    Typos, aliases (the other name of an exercise, a Russian spelling) and
    dates written any common way ("31 March 2025", "March 2025", "2025") all
    count. Prints the best 10 (--limit N for more); a query word no record
    holds is named on stderr. Exit 1 when nothing matches.

    \b
    Examples:
      cstofacts search khujand
      cstofacts search "Enduring Brotherhood" --limit 3
      cstofacts search "March 2025" --format json
      cstofacts search tokaev --kind fact --explain
    """
    from cstofacts.errors import NotFound
    from cstofacts.output import render
    from cstofacts.search import explain_match, rank

    text = check_query(query)
    filters = make_filters(app, kind, speaker, source_id, date_from, date_to, indexed=True)
    index = app.index
    allowed = filters.positions(index) if filters.active else None
    if allowed is not None and not allowed:
        raise NotFound(f"no records pass the filters ({filters.describe()})")
    parsed, matches = rank(text, index, limit=limit or 10, min_score=min_score, candidates=allowed)
    if not matches:
        if min_score is None and rank(text, index, limit=1, min_score=0, candidates=allowed)[1]:
            scored = " well enough (--min-score 0 shows the best, however weak)"
        elif min_score is None:
            scored = ""  # not one record holds any of its words: no weaker match to show
        else:
            scored = f" with a score of {min_score} or more" if min_score else ""
        kept = f" among the records the filters keep ({filters.describe()})" if filters.active else ""
        raise NotFound(f"no records match {text[:60]!r}{scored}{kept}")
    if explain and fmt in ("csv", "tsv", "markdown"):
        raise InvalidInput("--explain prints a table, json or jsonl, not " + fmt)
    explicit, fmt = fmt is not None, fmt or "table"
    items = [m.record for m in matches]
    scores = [m.score for m in matches]
    if explain:
        from cstofacts.output.explain import explanation

        parts = [(m, explain_match(parsed, m, index)) for m in matches]
        emit(explanation(parsed.explain(), parts, fmt, width=table_width(explicit)))
    else:
        emit(
            render.records(
                items, fmt, scores=scores, tablefmt=tablefmt, width=table_width(explicit), cut_ids=cut_ids(explicit)
            )
        )
    note_unmatched(parsed.unmatched_words())


@click.command(cls=Command)
@click.argument("ids", nargs=-1, required=True, metavar="ID...")
@click.option("-c", "--context", is_flag=True, help="Also print the source paragraph, the evidence marked.")
@output_options(LIST_FORMATS)
@pass_app
def show(app: App, ids: tuple[str, ...], context: bool, fmt: str | None, tablefmt: str) -> None:
    """Whole records by id, with where their evidence stands in the source.

    \b
    Examples:
      cstofacts show khujand-border-agreement
      cstofacts show khujand-border-agreement --context
      cstofacts show khujand-border-agreement \\
          un-general-assembly-resolution-csto-cooperation -f json
    """
    from cstofacts.errors import NotFound
    from cstofacts.output import render
    from cstofacts.output.context import paragraph_context

    wanted = [check_query(i, "id") for i in ids]
    items, missing = app.store.find_records(wanted)
    explicit = fmt is not None
    marker = ("\x1b[1;4m", "\x1b[0m") if styled(explicit) else ("[[", "]]")
    if fmt in ("json", "jsonl"):  # data for scripts: the paragraph as the source prints it
        marker = ("", "")
    fmt = fmt or "table"

    contexts = [paragraph_context(app.store, r, marker) for r in items] if context else None
    if items:
        emit(
            render.records_detail(items, fmt, contexts, tablefmt=tablefmt, width=table_width(explicit)),
            styled=styled(explicit),
        )
    for old, new in app.store.redirected(wanted):  # an id cited before a record was merged or renamed
        note(f"note: {old} is now {new}")
    if missing:
        raise NotFound("; ".join(app.store.unknown_record(i) for i in missing))


@click.command(cls=Command)
@filter_options
@output_options(TIMELINE_FORMATS)
@pass_app
def timeline(
    app: App,
    kind: str | None,
    speaker: str | None,
    source_id: str | None,
    date_from: DateValue | None,
    date_to: DateValue | None,
    limit: int | None,
    fmt: str | None,
    tablefmt: str,
) -> None:
    """Dated records in date order.

    --from and --to take YYYY, YYYY-MM or YYYY-MM-DD; a range at one precision
    includes records dated more finely inside it. --format svg draws the
    timeline (html: a page with the picture and the table; mermaid: a Mermaid
    timeline block for Markdown).

    \b
    Examples:
      cstofacts timeline
      cstofacts timeline --from 2024 --to 2025-06
      cstofacts timeline --kind event --format markdown
      cstofacts timeline --format svg > timeline.svg
      cstofacts timeline --from 2024 --format mermaid >> notes.md
    """
    from cstofacts.dates import record_bounds
    from cstofacts.errors import NotFound
    from cstofacts.output import render

    filters = make_filters(app, kind, speaker, source_id, date_from, date_to)
    dated = [r for r in filters.apply(app.store.records, app.store.entities) if record_bounds(r.date, r.date_end)]
    dated.sort(key=lambda r: (record_bounds(r.date, r.date_end), r.id))
    if not dated:
        raise NotFound(
            "no dated records " + (f"pass the filters ({filters.describe()})" if filters.active else "in the store")
        )
    if fmt in PICTURE_FORMATS:
        from cstofacts.output.timeline_picture import picture

        emit(picture(dated[:limit], fmt, filters.describe()))
        return
    explicit, fmt = fmt is not None, fmt or "table"
    emit(render.records(dated[:limit], fmt, tablefmt=tablefmt, width=table_width(explicit), cut_ids=cut_ids(explicit)))
