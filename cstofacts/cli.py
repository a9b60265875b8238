"""The command line: the `cstofacts` group, which finds each command by its import
path when it runs (click's lazy-group pattern), and `main`. The commands are in
cstofacts/commands/, a module per group of commands."""

from __future__ import annotations

import sys
from typing import Any

import click

from cstofacts import __version__
from cstofacts.commands.common import App, Command
from cstofacts.errors import CstofactsError
from cstofacts.launch import exit_now
from cstofacts.terminal import silence_stdout, terminal_columns

CONTEXT: dict[str, Any] = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class UserError(click.ClickException):
    """A core error shown as click shows errors: `Error: ...` on stderr."""

    def __init__(self, error: CstofactsError) -> None:
        super().__init__(str(error))
        self.exit_code = error.exit_code  # type: ignore[misc]  # (click reads it per instance)


def _one_line(error: click.ClickException) -> click.ClickException:
    """`error` with what its message quotes (a value typed, a name or id from a store)
    made safe for a terminal, on one line: a CR or a line break in an option's value
    cannot forge a line of output, nor an escape sequence drive the terminal."""
    from cstofacts.escape import safe

    error.message = safe(error.message, lines=False)  # type: ignore[misc]  # (click reads it when shown)
    return error


# Each command by the import path of its module and function, found only when it
# runs, so that a lookup does not pay for `add` or `check`. The summaries are the
# first lines of their help, so that `cstofacts --help` need not import them
# either (a test keeps them equal).
LAZY_COMMANDS: dict[str, tuple[str, str]] = {
    "search": ("cstofacts.commands.lookup:search", "Fuzzy search over every record, best first."),
    "show": ("cstofacts.commands.lookup:show", "Whole records by id, with where their evidence stands in the source."),
    "timeline": ("cstofacts.commands.lookup:timeline", "Dated records in date order."),
    "entities": (
        "cstofacts.commands.catalog:entities",
        "People, organisations, places, exercises and more, with aliases and roles.",
    ),
    "sources": ("cstofacts.commands.catalog:sources", "The source articles, with how many records each supports."),
    "export": (
        "cstofacts.commands.catalog:export",
        "Every record (or those the filters keep), for scripts and spreadsheets.",
    ),
    "validate": (
        "cstofacts.commands.catalog:validate",
        "Check the store's integrity: ids, dates, sources, locators, verbatim quotes, entities.",
    ),
    "quote": ("cstofacts.commands.quote:quote", "The best-matching quote as a citable block, correctly attributed."),
    "cite": ("cstofacts.commands.quote:cite", "A citation of a record or a source, for a bibliography."),
    "check": (
        "cstofacts.commands.check:check",
        "A verdict on a claim (supported, refuted, not-enough-info), with the evidence.",
    ),
    "add": ("cstofacts.commands.records:add", "Add a record of your own to your store; prints its new id."),
    "import": (
        "cstofacts.commands.records:import_command",
        "Add every record of a JSON, JSONL, CSV or TSV file to your store; prints their ids.",
    ),
    "remove": (
        "cstofacts.commands.records:remove",
        "Remove records of your own by id (bundled records cannot be removed).",
    ),
    "source": ("cstofacts.commands.sources:source", "Add a source of your own with its text, or remove one."),
    "ingest": (
        "cstofacts.commands.ingest:ingest",
        "Candidate records from a source's text, in the import format, to edit and import.",
    ),
}


def _show_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(f"cstofacts, version {__version__}")
        ctx.exit()


class Group(Command, click.Group):
    """Loads the commands of LAZY_COMMANDS on demand, and turns the core's errors
    into one line on stderr with the contract's exit code."""

    command_class = Command

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *LAZY_COMMANDS})

    def get_command(self, ctx: click.Context | None, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in LAZY_COMMANDS:
            from importlib import import_module

            module, name = LAZY_COMMANDS[cmd_name][0].split(":")
            self.add_command(getattr(import_module(module), name), cmd_name)
        return self.commands.get(cmd_name)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
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
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = [
            (
                name,
                self.commands[name].get_short_help_str(limit)
                if name in self.commands
                else Command(name, help=LAZY_COMMANDS[name][1]).get_short_help_str(limit),
            )
            for name in names
        ]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def make_context(
        self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: Any
    ) -> click.Context:
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


# --db is a plain string: click.Path, like version_option, looks up a
# translation at start. A directory given as --db fails as the store does.
@click.group(cls=Group, context_settings=CONTEXT)
@click.option(
    "--db",
    metavar="PATH",
    shell_complete=lambda ctx, param, incomplete: _file_completion(incomplete),
    help="Use this TinyDB store instead of the bundled one plus your own.",
)
@click.option(
    "-V",
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_show_version,
    help="Show the version and exit.",
)
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
    except click.exceptions.NoArgsIsHelpError as error:
        # a group run with nothing to do ("cstofacts", "cstofacts source"): its help, as --help shows it
        click.echo(error.ctx.get_help())
        return error.exit_code
    except click.UsageError as error:
        # one line, as every other error: the message, then where help is
        where = f"{error.ctx.command_path} --help" if error.ctx is not None else "cstofacts --help"
        click.echo(f"Error: {error.format_message()} (see '{where}')", err=True)
        return error.exit_code
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
