"""What the commands share: the store and index loaded once (App), the options
of the listing commands, query checks, and the Command class whose --help is
made without gettext."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from cstofacts.app import App as App
from cstofacts.app import check_query as check_query
from cstofacts.errors import InvalidInput
from cstofacts.output.stream import emit as emit
from cstofacts.output.stream import note as note
from cstofacts.output.stream import note_unmatched as note_unmatched
from cstofacts.schema import KINDS
from cstofacts.schema import LIST_FORMATS as LIST_FORMATS
from cstofacts.terminal import cut_ids as cut_ids
from cstofacts.terminal import styled as styled
from cstofacts.terminal import table_width as table_width

if TYPE_CHECKING:
    from cstofacts.dates import DateValue
    from cstofacts.filters import Filters

F = TypeVar("F", bound=Callable[..., Any])


def _show_help(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(ctx.get_help(), color=ctx.color)
        ctx.exit()


class Command(click.Command):
    """A command whose --help option is made here. Click's own looks up a
    translation of its help text (gettext, which imports locale) at every start,
    even when the text is given: about 1 ms of every lookup."""

    _own_help: click.Option | None = None

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        names = self.get_help_option_names(ctx)
        if not names or not self.add_help_option:
            return None
        if self._own_help is None:  # one object: click orders eager options by identity
            self._own_help = click.Option(
                names,
                is_flag=True,
                expose_value=False,
                is_eager=True,
                help="Show this message and exit.",
                callback=_show_help,
            )
        return self._own_help


pass_app = click.make_pass_decorator(App)


def output_options(formats: tuple[str, ...]) -> Callable[[F], F]:
    """--format and --tablefmt, shared by every command that prints records."""

    def decorate(func: F) -> F:
        func = click.option(
            "--tablefmt",
            default="simple",
            show_default=True,
            metavar="NAME",
            callback=tablefmt_option,
            help="Any tabulate format for --format table: github, grid, latex, html, ...",
        )(func)
        return click.option(
            "-f",
            "--format",
            "fmt",
            type=click.Choice(formats),
            default=None,
            metavar="FORMAT",
            help=f"Output format: {', '.join(formats)} (default: {formats[0]}).",
        )(func)

    return decorate


def tablefmt_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A --tablefmt callback: a tabulate format, or a usage error naming the choices."""
    if value is None or value == "simple":
        return value  # the default: no need to import tabulate to check it
    from tabulate import tabulate_formats

    if value not in tabulate_formats:
        raise click.BadParameter(
            f"{value!r} is not a tabulate format; try one of: {', '.join(sorted(tabulate_formats))}"
        )
    return value


def _date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> DateValue | None:
    if value is None:
        return None
    from cstofacts.dates import parse_iso

    try:
        return parse_iso(value)
    except ValueError as error:
        raise click.BadParameter(str(error), ctx, param) from None


def filter_options(func: F) -> F:
    """--kind, --speaker, --source, --from, --to, --limit, shared by the listing commands."""
    options = [
        click.option("-k", "--kind", type=click.Choice(KINDS), help="Only records of this kind."),
        click.option(
            "-s", "--speaker", metavar="NAME", help="Only records of this speaker (any alias; typos forgiven)."
        ),
        click.option(
            "--source", "source_id", metavar="ID", help="Only records from this source (see: cstofacts sources)."
        ),
        click.option(
            "--from",
            "date_from",
            metavar="DATE",
            callback=_date_option,
            help="Dated on or after YYYY, YYYY-MM or YYYY-MM-DD.",
        ),
        click.option(
            "--to",
            "date_to",
            metavar="DATE",
            callback=_date_option,
            help="Dated on or before YYYY, YYYY-MM or YYYY-MM-DD.",
        ),
        click.option("-n", "--limit", type=click.IntRange(min=1), default=None, help="At most this many records."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def make_filters(
    app: App,
    kind: str | None,
    speaker: str | None,
    source_id: str | None,
    date_from: DateValue | None,
    date_to: DateValue | None,
    *,
    indexed: bool = False,
) -> Filters:
    """The filters the options ask for; `indexed` checks the source against the
    search index rather than loading the whole store."""
    from cstofacts.errors import NotFound
    from cstofacts.filters import Filters

    known = app.index.sources if indexed else app.store.sources
    if source_id is not None:
        check_query(source_id, "source id")
    if source_id is not None and source_id not in known:
        # An unknown source is an error, not an empty list.
        raise NotFound(f"no source with id {source_id!r} (see: cstofacts sources)")
    if speaker is not None:
        check_query(speaker, "speaker")
    if date_from and date_to and date_from.bounds()[0] > date_to.bounds()[1]:
        raise InvalidInput(f"--from {date_from.iso} is after --to {date_to.iso}")
    return Filters(kind, speaker, source_id, date_from, date_to)
