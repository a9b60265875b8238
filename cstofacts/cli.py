"""The command line: parse options, call the core, print what render returns."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from cstofacts import __version__
from cstofacts.errors import CstofactsError, InvalidInput
from cstofacts.output import emit as emit
from cstofacts.output import note as note
from cstofacts.output import note_unmatched as note_unmatched
from cstofacts.output import silence_stdout
from cstofacts.schema import KINDS

if TYPE_CHECKING:
    from cstofacts.dates import DateValue
    from cstofacts.filters import Filters
    from cstofacts.index import SearchIndex
    from cstofacts.store import Store

F = TypeVar("F", bound=Callable[..., Any])
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
# The formats of every listing command, the default first (render.records
# knows each; not imported from there, to keep --help light).
LIST_FORMATS = ("table", "json", "jsonl", "csv", "tsv", "markdown")
MAX_QUERY = 2000  # characters; longer "queries" are pasted documents: use check --file
DEFAULT_WIDTH = 100  # table width when there is no terminal to measure
MIN_WIDTH = 40  # narrower still, a table is stacked as field: value lines 40 wide


class UserError(click.ClickException):
    """A core error shown as click shows errors: `Error: ...` on stderr."""

    def __init__(self, error: CstofactsError) -> None:
        super().__init__(str(error))
        self.exit_code = error.exit_code


def _one_line(error: click.ClickException) -> click.ClickException:
    """`error` with what its message quotes (a value typed, a name or id from a store)
    made safe for a terminal, on one line: a CR or a line break in an option's value
    cannot forge a line of output, nor an escape sequence drive the terminal."""
    from cstofacts.render import safe

    error.message = safe(error.message, lines=False)
    return error


# Commands kept in modules of their own, imported only when one of them runs,
# so that a lookup does not pay for `add` or `check`. Each module registers its
# commands on `cli` when imported. The summaries are the first lines of their
# help, so that `cstofacts --help` need not import them either (a test keeps
# them equal).
LAZY_COMMANDS = {
    "search": ("cstofacts.cmd_lookup", "Fuzzy search over every record, best first."),
    "show": ("cstofacts.cmd_lookup", "Whole records by id, with where their evidence stands in the source."),
    "timeline": ("cstofacts.cmd_lookup", "Dated records in date order."),
    "entities": ("cstofacts.cmd_store", "People, organisations, places, exercises and more, with aliases and roles."),
    "sources": ("cstofacts.cmd_store", "The source articles, with how many records each supports."),
    "export": ("cstofacts.cmd_store", "Every record (or those the filters keep), for scripts and spreadsheets."),
    "validate": ("cstofacts.cmd_store", "Check the store's integrity: ids, dates, sources, locators, verbatim quotes, entities."),
    "quote": ("cstofacts.cmd_quote", "The best-matching quote as a citable block, correctly attributed."),
    "cite": ("cstofacts.cmd_quote", "A citation of a record or a source, for a bibliography."),
    "check": ("cstofacts.cmd_check", "A verdict on a claim (supported, refuted, not-enough-info), with the evidence."),
    "add": ("cstofacts.cmd_user", "Add a record of your own to your store; prints its new id."),
    "import": ("cstofacts.cmd_user", "Add every record of a JSON, JSONL, CSV or TSV file to your store; prints their ids."),
    "remove": ("cstofacts.cmd_user", "Remove records of your own by id (bundled records cannot be removed)."),
}


def _show_help(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(ctx.get_help(), color=ctx.color)
        ctx.exit()


def _show_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(f"cstofacts, version {__version__}")
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
            self._own_help = click.Option(names, is_flag=True, expose_value=False, is_eager=True,
                                          help="Show this message and exit.", callback=_show_help)
        return self._own_help


class Group(Command, click.Group):
    """Loads the commands of LAZY_COMMANDS on demand, and turns the core's errors
    into one line on stderr with the contract's exit code."""

    command_class = Command

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in LAZY_COMMANDS:
            from importlib import import_module

            import_module(LAZY_COMMANDS[cmd_name][0])
        return self.commands.get(cmd_name)

    def resolve_command(self, ctx: click.Context, args: list[str]) -> tuple[str | None, click.Command | None, list[str]]:
        # A mistyped command gets the nearest names, as a mistyped option does.
        name = args[0] if args else ""
        unknown = name and not name.startswith("-") and self.get_command(ctx, name) is None
        if unknown and not ctx.resilient_parsing:  # (completion asks quietly)
            from difflib import get_close_matches

            near = get_close_matches(name, self.list_commands(ctx), n=2)
            if near:
                ctx.fail(f"No such command {name!r}. (Did you mean {' or '.join(repr(n) for n in near)}?)")
        return super().resolve_command(ctx, args)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        from click.utils import make_default_short_help

        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = [
            (name, self.commands[name].get_short_help_str(limit) if name in self.commands
             else make_default_short_help(LAZY_COMMANDS[name][1], limit))
            for name in names
        ]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None,
                     **extra: Any) -> click.Context:
        # The width of --help, worked out as click's formatter would, but
        # without the shutil import it makes for that (about 2 ms of every
        # --help); the commands' contexts inherit it.
        if parent is None and "terminal_width" not in extra:
            from click import formatting

            columns = formatting.FORCED_WIDTH or max(min(terminal_columns(), CONTEXT["max_content_width"]) - 2, 50)
            extra["terminal_width"] = columns
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.ClickException as error:
            raise _one_line(error) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except CstofactsError as error:
            raise _one_line(UserError(error)) from None
        except click.ClickException as error:  # click's own: a usage error, a bad value
            raise _one_line(error) from None


class App:
    """What every command shares: the store and its search index, each loaded once, on first use."""

    def __init__(self, db: str | None) -> None:
        self.db = None
        if db is not None:
            from pathlib import Path

            self.db = Path(db)
        self._store: Store | None = None
        self._index: SearchIndex | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            from cstofacts.store import load_store

            self._store = load_store(self.db)
        return self._store

    @property
    def index(self) -> SearchIndex:
        if self._index is None:
            from cstofacts.index_cache import open_index
            from cstofacts.store import store_paths

            self._index = open_index(store_paths(self.db), lambda: self.store)
        return self._index


pass_app = click.make_pass_decorator(App)


def terminal_columns(fallback: int = 80) -> int:
    """shutil.get_terminal_size().columns ($COLUMNS, else the terminal's width), without
    importing shutil: with the compression modules it pulls in, 2 ms of every start."""
    try:
        columns = int(os.environ.get("COLUMNS", 0))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or fallback


def table_width(explicit_format: bool) -> int:
    """The width a table fits: the terminal's for a default table on a terminal;
    else COLUMNS, or 100 on a pipe. Once --format is given the output must not
    depend on the terminal. Never below MIN_WIDTH."""
    if not explicit_format and _on_terminal():
        return max(MIN_WIDTH, terminal_columns(DEFAULT_WIDTH))
    try:
        return max(MIN_WIDTH, int(os.environ.get("COLUMNS", DEFAULT_WIDTH)))
    except ValueError:
        return DEFAULT_WIDTH


def cut_ids(explicit_format: bool) -> bool:
    """Whether a table may cut long ids with …: a default table on a terminal only (as gh)."""
    return not explicit_format and _on_terminal()


def styled(explicit_format: bool) -> bool:
    """Colour and emphasis: for the default format on a terminal, unless NO_COLOR is set.
    Once --format is given the bytes must not depend on the terminal."""
    return not explicit_format and _on_terminal() and not os.environ.get("NO_COLOR")


def _on_terminal() -> bool:
    # stdout is None when the shell closed it (>&-)
    return sys.stdout is not None and sys.stdout.isatty()


def check_query(text: str, what: str = "query") -> str:
    """Reject input no lookup can use, with one clear line (exit 2)."""
    stripped = text.strip()
    if not stripped:
        raise InvalidInput(f"the {what} is empty")
    if len(stripped) > MAX_QUERY:
        raise InvalidInput(f"the {what} is {len(stripped):,} characters long; the limit is {MAX_QUERY:,}")
    if any(ord(ch) < 32 and ch not in "\t\n\r" for ch in stripped):
        raise InvalidInput(f"the {what} holds control characters")
    return stripped


def output_options(formats: tuple[str, ...]) -> Callable[[F], F]:
    """--format and --tablefmt, shared by every command that prints records."""

    def decorate(func: F) -> F:
        func = click.option(
            "--tablefmt", default="simple", show_default=True, metavar="NAME", callback=_tablefmt_option,
            help="Any tabulate format for --format table: github, grid, latex, html, ...",
        )(func)
        return click.option(
            "-f", "--format", "fmt", type=click.Choice(formats), default=None,
            help=f"Output format (default: {formats[0]}).",
        )(func)

    return decorate


def _tablefmt_option(ctx: click.Context, param: click.Parameter, value: str) -> str:
    if value == "simple":
        return value  # the default: no need to import tabulate to check it
    from tabulate import tabulate_formats

    if value not in tabulate_formats:
        raise click.BadParameter(f"{value!r} is not a tabulate format; try one of: {', '.join(sorted(tabulate_formats))}")
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
        click.option("-s", "--speaker", metavar="NAME", help="Only records of this speaker (any alias; typos forgiven)."),
        click.option("--source", "source_id", metavar="ID", help="Only records from this source (see: cstofacts sources)."),
        click.option("--from", "date_from", metavar="DATE", callback=_date_option, help="Dated on or after YYYY, YYYY-MM or YYYY-MM-DD."),
        click.option("--to", "date_to", metavar="DATE", callback=_date_option, help="Dated on or before YYYY, YYYY-MM or YYYY-MM-DD."),
        click.option("-n", "--limit", type=click.IntRange(min=1), default=None, help="At most this many records."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def make_filters(app: App, kind: str | None, speaker: str | None, source_id: str | None,
                 date_from: DateValue | None, date_to: DateValue | None, *, indexed: bool = False) -> Filters:
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


# --db is a plain string: click.Path, like version_option, looks up a
# translation at start. A directory given as --db fails as the store does.
@click.group(cls=Group, context_settings=CONTEXT)
@click.option("--db", metavar="PATH", shell_complete=lambda ctx, param, incomplete: _file_completion(incomplete),
              help="Use this TinyDB store instead of the bundled one plus your own.")
@click.option("-V", "--version", is_flag=True, expose_value=False, is_eager=True, callback=_show_version,
              help="Show the version and exit.")
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    """Facts, quotes and dates about the CSTO, each sourced to the sentence.

    Every answer comes from five bundled news articles and interviews, and
    names the paragraph and characters of its source.

    \b
    Examples:
      cstofacts search "Khujand border agreement"
      cstofacts show khujand-border-agreement --context
      cstofacts timeline --from 2024 --to 2025
      cstofacts search tasmagambetov --kind quote --format json
    """
    ctx.obj = App(db)


def _file_completion(incomplete: str) -> list[Any]:
    """File names for the shell to complete, as click.Path offers them."""
    from click.shell_completion import CompletionItem

    return [CompletionItem(incomplete, type="file")]


def main() -> None:
    """The console script: click's main, with Ctrl-C as 130 and a closed pipe kept quiet."""
    exit_now(run())


def run() -> int:
    """Run the command line in sys.argv; its exit code."""
    try:
        code = cli.main(prog_name="cstofacts", standalone_mode=False)
        if sys.stdout is not None:  # None when the shell closed it (>&-)
            sys.stdout.flush()
    except (KeyboardInterrupt, click.exceptions.Abort):
        click.echo("Aborted.", err=True)
        return 130
    except click.ClickException as error:
        error.show()
        return error.exit_code
    except BrokenPipeError:
        silence_stdout()
        return 0
    except OSError as error:  # the last flush, on a full disk
        click.echo(f"Error: cannot write the output: {error.strerror}", err=True)
        return 1
    return code if isinstance(code, int) else 0


def exit_now(code: int) -> NoReturn:
    """End the process without tearing the interpreter down.

    By now the answer is out and flushed, and whatever a command writes to
    disk is in place (written, synced and renamed before the command returns).
    What is left is freeing every module and object one by one: about 10 ms,
    a sixth of a lookup. Nothing of ours registers an exit handler (atexit),
    so nothing is skipped but that.
    """
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # a reader that went away; a stream the shell closed
            pass
    os._exit(code)
