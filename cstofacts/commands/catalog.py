"""What the store holds and whether it is sound: entities, sources, export,
validate."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from cstofacts import escape
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
    output_options,
    pass_app,
    table_width,
)
from cstofacts.schema import ENTITY_TYPES, VALIDATE_FORMATS

if TYPE_CHECKING:
    from pathlib import Path

    from cstofacts.dates import DateValue
    from cstofacts.models import Record


@click.command(cls=Command)
@click.argument("name", required=False)
@click.option(
    "-t",
    "--type",
    "entity_type",
    type=click.Choice(ENTITY_TYPES, case_sensitive=False),
    metavar="TYPE",
    help=f"Only entities of this type: {', '.join(ENTITY_TYPES)}.",
)
@output_options(LIST_FORMATS)
@pass_app
def entities(app: App, name: str | None, entity_type: str | None, fmt: str | None, tablefmt: str) -> None:
    """People, organisations, places, exercises and more, with aliases and roles.

    NAME matches the canonical name or any alias, typos forgiven.

    \b
    Examples:
      cstofacts entities
      cstofacts entities "Enduring Brotherhood"
      cstofacts entities --type person --format json
    """
    from cstofacts.errors import NotFound
    from cstofacts.filters import name_matches
    from cstofacts.output import render

    store = app.store
    found = [e for e in store.entities if not entity_type or e.type == entity_type]
    if name is not None:
        wanted = check_query(name, "name")
        found = [e for e in found if name_matches(wanted, e.names)]
    if not found:
        if name:
            raise NotFound(f"no entity matches {name!r}")
        raise NotFound(f"no entities of type {entity_type!r}" if entity_type else "the store holds no entities")
    counts = {e.name: sum(e.name in r.entities or e.name == r.speaker for r in store.records) for e in found}
    explicit, fmt = fmt is not None, fmt or "table"
    emit(
        render.entities(
            [(e, counts[e.name]) for e in found],
            fmt,
            tablefmt=tablefmt,
            width=table_width(explicit),
            cut_ids=cut_ids(explicit),
        )
    )


@click.command(cls=Command)
@output_options(LIST_FORMATS)
@pass_app
def sources(app: App, fmt: str | None, tablefmt: str) -> None:
    """The source articles, with how many records each supports.

    \b
    Examples:
      cstofacts sources
      cstofacts sources --format json
    """
    from cstofacts.output import render

    store = app.store
    items = [(s, sum(r.source.id == s.id for r in store.records)) for s in store.sources.values()]
    explicit, fmt = fmt is not None, fmt or "table"
    emit(render.sources(items, fmt, tablefmt=tablefmt, width=table_width(explicit), cut_ids=cut_ids(explicit)))


@click.command(cls=Command)
@filter_options
@click.option(
    "--origin",
    type=click.Choice(("bundled", "user", "db")),
    help="Only records of this origin: user is your own store (a backup of your records).",
)
@output_options(("json", "jsonl", "csv", "tsv", "markdown", "table", "sqlite"))
@click.option("-o", "--output", metavar="PATH", help="The database file --format sqlite writes (replaced whole).")
@click.option("--metadata", metavar="PATH", help="With --format sqlite: also write Datasette's metadata (JSON) here.")
@pass_app
def export(
    app: App,
    kind: str | None,
    speaker: str | None,
    source_id: str | None,
    date_from: DateValue | None,
    date_to: DateValue | None,
    limit: int | None,
    origin: str | None,
    fmt: str | None,
    tablefmt: str,
    output: str | None,
    metadata: str | None,
) -> None:
    """Every record (or those the filters keep), for scripts and spreadsheets.

    --format sqlite writes an SQLite database (records, sources, entities,
    aliases, record_entities; full-text search in records_fts) to --output,
    for SQL or Datasette.

    \b
    Examples:
      cstofacts export > records.json
      cstofacts export --format csv --kind quote > quotes.csv
      cstofacts export --origin user > mine.json  # import restores it, ids kept
      cstofacts export --format sqlite --output facts.db \\
          --metadata metadata.json
      datasette facts.db -m metadata.json
    """
    from cstofacts.output import render
    from cstofacts.output.export_sqlite import check_options

    database = check_options(fmt, output, metadata)
    filters = make_filters(app, kind, speaker, source_id, date_from, date_to)
    items = filters.apply(app.store.records, app.store.entities)
    items = [r for r in items if origin is None or r.origin == origin][:limit]
    if database is not None:
        _export_database(app, items, database, metadata)
        return
    fmt = fmt or "json"
    emit(render.records(items, fmt, tablefmt=tablefmt, width=table_width(True)))


def _export_database(app: App, items: list[Record], database: Path, metadata: str | None) -> None:
    from pathlib import Path

    from cstofacts.output.datasette_metadata import write_metadata
    from cstofacts.output.export_sqlite import write_database

    counts = write_database(database, app.store, items)
    if metadata:
        write_metadata(Path(metadata), database.stem, app.store)
    written = ", ".join(
        escape.plural(n, noun)
        for noun, n in (("record", counts["records"]), ("source", counts["sources"]), ("entity", counts["entities"]))
    )
    also = f", and Datasette's metadata to {metadata}" if metadata else ""
    note(f"wrote {written} to {database}{also}")  # one line: a path may hold a line break


@click.command(cls=Command)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(VALIDATE_FORMATS),
    default="text",
    show_default=True,
    help="Output format.",
)
@pass_app
def validate(app: App, fmt: str) -> None:
    """Check the store's integrity: ids, dates, sources, locators, verbatim quotes, entities.

    Exit 0 when valid; 1 with one line per problem.

    \b
    Examples:
      cstofacts validate
      cstofacts --db my-store.json validate --format json
    """
    from cstofacts.output import render
    from cstofacts.validate import problems

    store = app.store
    found = problems(store)
    if fmt == "json":
        emit(render.to_json({"valid": not found, "records": len(store.records), "problems": found}))
    else:
        for problem in found:
            emit(escape.safe(problem))
        where = ", ".join(str(p) for p in store.paths)
        emit(f"{len(store.records)} records, {len(store.entities)} entities, {len(found)} problems ({where})")
    if found:
        raise click.exceptions.Exit(1)
