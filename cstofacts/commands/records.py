"""The commands that change your own store: add, import, remove.

`add`, `import` and `remove` change the user's own store (or `--db PATH`),
never the bundled one.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from cstofacts.commands.common import App, Command, check_query, emit, note, pass_app
from cstofacts.errors import InvalidInput
from cstofacts.escape import plural
from cstofacts.schema import IMPORT_FORMATS, KINDS

if TYPE_CHECKING:
    from cstofacts.bounded import Limited

PROGRESS_MIN_BYTES = 8 << 10  # smaller imports (a hundred rows) finish before a bar could be read


@click.command(cls=Command)
@click.option(
    "-k", "--kind", type=click.Choice(KINDS, case_sensitive=False), required=True, help="fact, quote or event."
)
@click.option("-t", "--text", required=True, help="The fact in your words, a quote verbatim, or what happened.")
@click.option("--date", metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD (an event needs one).")
@click.option("--date-end", metavar="DATE", help="Last day of a span that starts at --date.")
@click.option("--place", metavar="NAME", help="Where it happened.")
@click.option("--speaker", metavar="NAME", help="Whose words or position it is (a quote needs one).")
@click.option("--role", metavar="ROLE", help="The speaker's role at the time.")
@click.option("--entity", "entities", multiple=True, metavar="NAME", help="Who or what it is about (repeatable).")
@click.option("--entity-type", metavar="TYPE", help="Type of entities new to the store (default: organisation).")
@click.option("--topic", "topics", multiple=True, metavar="TOPIC", help="A topic (repeatable).")
@click.option("--source", "source_id", metavar="ID", help="An existing source (see: cstofacts sources).")
@click.option("--source-title", metavar="TITLE", help="Or a source of your own: its title ...")
@click.option("--source-author", metavar="NAME", help="... author,")
@click.option("--source-outlet", metavar="NAME", help="... outlet,")
@click.option("--source-url", metavar="URL", help="... address,")
@click.option("--source-date", metavar="DATE", help="... and date of publication.")
@click.option(
    "--evidence", metavar="TEXT", help="The source's own words behind the record (needed for a bundled source)."
)
@click.option(
    "--new-entity",
    "new_entities",
    is_flag=True,
    help="Create --speaker and --entity names new to the store even when one is close to a known name.",
)
@pass_app
def add(app: App, **options: Any) -> None:
    """Add a record of your own to your store; prints its new id.

    A source is required: an existing one by --source ID, or one of your own by
    --source-title (with optional author, outlet, url and date; a title you
    used before, with no detail that differs, is that same source again).

    A record that cites a source with its text (a bundled one, or one added with
    `source add`) needs --evidence: the source's words behind it, which must
    stand in the source exactly once (a quote's own words serve as its evidence). They are compared
    word by word: case, spacing and straight or typographic quotes and dashes
    do not matter; the source's own characters are stored.

    A quote cannot cite a bundled source: every quote in those is in the store
    already (cstofacts quote --speaker NAME lists them; cstofacts quote --verify
    TEXT checks words). What an article reports is a fact, with --evidence. A
    quote of your own needs a source of your own: --source-title, or its id (a
    source added with its text: the quote must stand in it verbatim).

    A --speaker or --entity name new to the store is created, unless it is close
    to a known name or alias (a typo, as Armenai for Armenia; names whose numbers
    differ, as Interaction-2024 and Interaction-2025, are not typos): then add
    refuses it and names the known one; --new-entity creates it all the same.
    A record the same as one in the store (kind, text, source, speaker, date)
    is refused, naming the record.

    \b
    Examples:
      cstofacts add --kind fact --text "The CSTO held a summit in Minsk." \\
          --date 2024-11-28 --place Minsk --source-title "Summit report" \\
          --source-outlet BelTA
      cstofacts add --kind fact --speaker Tasmagambetov \\
          --source belta-tasmagambetov-positions \\
          --text \\
          "CSTO members do not plan to build up their forces in answer to NATO." \\
          --evidence "not signaling an intent to fortify their military posture"
      cstofacts add --kind quote --speaker "Jane Analyst" --text \\
          "The alliance is changing." \\
          --source-title "Interview with Jane Analyst" --source-date 2025-06-01
      cstofacts add --kind event --text "Exercise held" --date 2025-09 \\
          --entity "Interaction-2025" \\
          --entity-type exercise --source-title "My notes"
    """
    from cstofacts.userdata import records_input, userstore

    values = {name: value for name, value in options.items() if value not in (None, (), False)}
    if "source_id" in values:
        values["source"] = values.pop("source_id")
    record = records_input.parse(values)
    added = userstore.add(app.db, [record])
    emit("\n".join(added.ids))
    _say_if_new(added)


def _say_if_new(added: Any) -> None:
    """Say on stderr when a write made the store: a --db path with a typo makes a new one."""
    if added.created:
        note(f"created a new store: {_shown(str(added.path))}")
    elif added.filled:
        note(f"{_shown(str(added.path))} was empty (0 bytes): it holds a new store now")


@click.command("import", cls=Command)
@click.argument("file", metavar="FILE")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(IMPORT_FORMATS),
    help="The file's format (default: from its name, else its first character).",
)
@click.option("-n", "--dry-run", is_flag=True, help="Check every row, and write nothing.")
@pass_app
def import_command(app: App, file: str, fmt: str | None, dry_run: bool) -> None:
    """Add every record of a JSON, JSONL, CSV or TSV file to your store; prints their ids.

    Rows take the fields of `add` (kind, text, date, date_end, place, speaker,
    role, entities, topics, source or source_title, source_author,
    source_outlet, source_url, source_date, evidence, entity_type, and
    new_entities: true for --new-entity). In CSV, entities and topics are
    separated by ';'. All or nothing: one bad row adds nothing, and the error
    names the row and the field; --dry-run lists every bad row (the first 20).
    FILE may be '-' (stdin).

    What `export` writes imports again, in any format. A row's id is kept
    when no record in the store (bundled or yours) holds it, so a backup
    restores with its ids; else the record gets a new id. A row's source may
    be an object as export writes it (id, title, author, outlet; JSON and
    JSONL): a source the store lacks is created from it. A bundled source
    that a --db store lacks is copied into it whole (details and shipped
    text), whether a row names it by id (CSV, TSV) or as an object, so the
    records keep their locators. Without evidence, a row's start and end
    (CSV) or locator (JSON) give the evidence in a source's shipped text. A
    row the same as a record in the store (kind, text, source, speaker,
    date) is skipped, and counted on stderr.

    \b
    Examples:
      cstofacts import my-notes.jsonl
      cstofacts import clippings.csv --dry-run
      cstofacts export --kind quote > quotes.json && \\
          cstofacts --db mine.json import quotes.json
    """
    from cstofacts.userdata import rows, userstore

    stream, name, size = _open_input(file)
    try:
        with _progress(stream, size) as tick:
            inputs = (
                _parse_row(row, where, collect=dry_run, tick=tick) for where, row in rows.read_rows(stream, name, fmt)
            )
            added = userstore.add(app.db, inputs, dry_run=dry_run, skip_duplicates=True, collect_errors=dry_run)
    finally:
        stream.close()
    if added.error_count:
        for line in added.errors[: userstore.MAX_REPORTED]:
            note(f"Error: {line}")
        more = added.error_count - len(added.errors)
        also = f" (the first {len(added.errors)} above, {more} more)" if more > 0 else ""
        raise InvalidInput(f"{name}: {plural(added.error_count, 'bad row')}{also}; nothing would be imported")
    emit("\n".join(added.ids) if not dry_run else "")
    verb = "would import" if dry_run else "imported"
    note(
        f"{verb} {plural(len(added.ids), 'record')}, {plural(len(added.sources), 'new source')}, "
        f"{plural(len(added.entities), 'new entity')} into {_shown(str(added.path))}"
    )
    if added.skipped:
        verb = "would skip" if dry_run else "skipped"
        note(f"{verb} {len(added.skipped)} already in the store")
    _say_if_new(added)


def _parse_row(row: dict[str, Any], where: str, *, collect: bool, tick: Callable[[], None]) -> Any:
    """A row as a RecordInput; with `collect`, its error (InvalidInput) instead of raising it."""
    from cstofacts.userdata import records_input

    tick()
    try:
        return records_input.parse(row, records_input.row_label(where), from_file=True)
    except InvalidInput as error:
        if collect:
            return error
        raise


@click.command(cls=Command)
@click.argument("ids", nargs=-1, required=True, metavar="ID...")
@pass_app
def remove(app: App, ids: tuple[str, ...]) -> None:
    """Remove records of your own by id (bundled records cannot be removed).

    All or nothing: when one id is not a record of yours, none is removed.
    Your sources and entities stay.

    \b
    Examples:
      cstofacts remove csto-summit-minsk-3fa2c1
      cstofacts --db mine.json remove one-id another-id
    """
    from cstofacts.userdata import userstore

    wanted = list(dict.fromkeys(check_query(i, "id") for i in ids))
    userstore.remove(app.db, wanted)
    emit("\n".join(wanted))


def _open_input(file: str) -> tuple[Limited, str, int | None]:
    """FILE as a stream read in chunks (stdin for '-'), its name for messages, and its size if known."""
    from cstofacts.bounded import Limited, Refused, open_limited, size_text
    from cstofacts.userdata.rows import MAX_INPUT

    if file == "-":
        stdin = sys.stdin
        binary = getattr(stdin, "buffer", None) or io.BytesIO(stdin.read().encode("utf-8", "surrogateescape"))
        return Limited(binary, MAX_INPUT), "<stdin>", None
    name = _shown(file)
    if not file.strip():
        raise InvalidInput("the file name is empty")
    try:
        stream = open_limited(file, MAX_INPUT)
        size = os.fstat(stream.stream.fileno()).st_size
        if size > MAX_INPUT:
            stream.close()
            raise Refused(f"{size_text(size)}; the limit is {size_text(MAX_INPUT)}")
        return stream, name, size
    except Refused as refused:  # a directory, a device, a pipe that never ends, too large a file
        raise InvalidInput(f"cannot read {name}: {refused}") from None
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or "not a usable file name"
        raise InvalidInput(f"cannot read {name}: {reason}") from None


def _shown(name: str) -> str:
    """A file name as safe to print as any record (control characters escaped), kept short."""
    from cstofacts.userdata.storefile import shown

    return shown(Path(name))


@contextlib.contextmanager
def _progress(stream: Limited, size: int | None) -> Iterator[Callable[[], None]]:
    """On a terminal, click's progress bar over the bytes of the file read so far
    (moved at most a hundred times); on a pipe, or for a small file, nothing."""
    if size is None or size < PROGRESS_MIN_BYTES or sys.stderr is None or not sys.stderr.isatty():
        yield lambda: None
        return
    step = max(size // 100, 1)
    with click.progressbar(length=size, label="Importing", file=sys.stderr) as bar:
        shown = [0]

        def tick() -> None:
            if stream.position - shown[0] >= step:
                bar.update(min(stream.position, size) - shown[0])
                shown[0] = min(stream.position, size)

        yield tick
