"""Sources of your own with their text: `source add` and `source remove`."""

from __future__ import annotations

import sys

import click

from cstofacts.commands.common import App, Command, check_query, emit, note, pass_app
from cstofacts.errors import InvalidInput


class SourceGroup(Command, click.Group):
    """The `source` group: its --help made as every command's is."""

    command_class = Command


@click.group(cls=SourceGroup)
def source() -> None:
    """Add a source of your own with its text, or remove one.

    A source added with its text is as good as a bundled one: records citing it
    need --evidence and get locators, show --context, quote --verify, check and
    validate read it, and ingest proposes records from it.

    \b
    Examples:
      cstofacts source add article.txt --title "Tokayev urges calm" \\
          --outlet TASS --date 2025-06-01
      cstofacts source add saved-page.html --title "CSTO summit in Minsk"
      cstofacts source remove tokayev-urges-calm-1a2b3c --with-records
    """


@source.command("add", cls=Command)
@click.argument("file", metavar="FILE")
@click.option("--title", required=True, metavar="TITLE", help="The article's title.")
@click.option("--author", metavar="NAME", help="Who wrote it.")
@click.option("--outlet", metavar="NAME", help="Where it was published (a newspaper, an agency).")
@click.option("--date", metavar="DATE", help="When it was published: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--url", metavar="URL", help="Its address (http or https).")
@pass_app
def add(app: App, file: str, **details: str | None) -> None:
    """Add an article as a source of your own, with its text; prints the new source's id.

    FILE is plain text, Markdown (its markup taken out) or a web page saved from
    a browser (HTML, reduced to the article's text by trafilatura: pip install
    'cstofacts[html]'); '-' reads stdin. A paragraph is a line; hard-wrapped
    lines are joined. The text is kept in your store, beside your records.

    \b
    Examples:
      cstofacts source add article.txt --title "Tokayev urges calm" \\
          --outlet TASS --date 2025-06-01
      cstofacts source add page.html --title "CSTO summit in Minsk" \\
          --url https://example.org/minsk
      pbpaste | cstofacts source add - --title "Notes from the briefing"
    """
    from cstofacts.ingest.reading import article_text
    from cstofacts.userdata.records_input import source_details
    from cstofacts.userdata.sourcestore import add_source
    from cstofacts.userdata.storefile import shown

    wanted = source_details({name: value for name, value in details.items() if value is not None})
    raw, name = _read(file)
    text = article_text(raw, name)
    added = add_source(app.db, wanted, text)
    emit(added.id)
    paragraphs = sum(1 for line in text.splitlines() if line.strip())
    note(f"added {added.id}: {paragraphs} paragraphs, {len(text.split()):,} words (see: cstofacts ingest {added.id})")
    if added.created:
        note(f"created a new store: {shown(added.path)}")
    elif added.filled:
        note(f"{shown(added.path)} was empty (0 bytes): it holds a new store now")


def _read(file: str) -> tuple[bytes, str]:
    """The bytes of FILE (stdin for '-'), within the limit of an article's file, and its name."""
    from cstofacts.bounded import Refused, read_regular, read_stream
    from cstofacts.ingest.reading import MAX_INPUT
    from cstofacts.userdata.storefile import shown

    if file == "-":
        stream = getattr(sys.stdin, "buffer", None)
        try:
            if stream is None:
                return sys.stdin.read(MAX_INPUT + 1).encode("utf-8", "surrogateescape")[: MAX_INPUT + 1], "<stdin>"
            return read_stream(stream, MAX_INPUT), "<stdin>"
        except Refused as refused:
            raise InvalidInput(f"cannot read <stdin>: {refused}") from None
    if not file.strip():
        raise InvalidInput("the file name is empty")
    name = shown(file)
    try:
        return read_regular(file, MAX_INPUT), name
    except Refused as refused:
        raise InvalidInput(f"cannot read {name}: {refused}") from None
    except (OSError, ValueError) as error:
        raise InvalidInput(
            f"cannot read {name}: {getattr(error, 'strerror', None) or 'not a usable file name'}"
        ) from None


@source.command("remove", cls=Command)
@click.argument("source_id", metavar="ID")
@click.option("--with-records", is_flag=True, help="Remove your records that cite it too.")
@pass_app
def remove(app: App, source_id: str, with_records: bool) -> None:
    """Remove a source of your own (refused while records of yours cite it).

    \b
    Examples:
      cstofacts source remove tokayev-urges-calm-1a2b3c
      cstofacts source remove tokayev-urges-calm-1a2b3c --with-records
    """
    from cstofacts.escape import plural
    from cstofacts.userdata.sourcestore import remove_source

    wanted = check_query(source_id, "source id")
    removed = remove_source(app.db, wanted, with_records=with_records)
    emit(wanted)
    if removed:
        note(f"removed {plural(len(removed), 'record')} that cited it")
