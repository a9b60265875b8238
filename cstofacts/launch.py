"""The console script's first step. `cstofacts check CLAIM` (with `--db PATH` before it
or not), the shape a script runs once for each claim of a draft, is answered here
without loading click: click imports inspect, uuid and datetime, about a quarter
of such a run. Every other command line (an option, --help, shell completion) is
click's, in cstofacts.cli, and so is what it prints: both run `answer_claim`.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, NamedTuple, NoReturn

if TYPE_CHECKING:
    from cstofacts.app import App

# Set by a shell asking click to complete a word: click's to answer.
COMPLETION_VARIABLE = "_CSTOFACTS_COMPLETE"


class Answer(NamedTuple):
    text: str  # the verdict as the format shows it
    styled: bool  # with colour (SGR sequences), for a terminal
    code: int  # the exit code: 0 supported, 1 refuted, 3 not enough information


def answer_claim(app: App, claim: str, fmt: str | None, tablefmt: str | None, explain: bool) -> Answer:
    """The verdict on one claim, as `check CLAIM` prints it, and its exit code."""
    from cstofacts.app import check_query
    from cstofacts.check import Checker
    from cstofacts.output import verdicts
    from cstofacts.schema import CHECK_EXIT_CODES
    from cstofacts.store import source_text
    from cstofacts.terminal import styled, table_width

    # The search index finds the claim's candidate records: no claim reads every record.
    checker = Checker(app.index, source_text=source_text)
    result = checker.check(check_query(claim, "claim"))
    colour = styled(fmt is not None)
    text = verdicts.single(
        result,
        fmt or "table",
        colour=colour,
        tablefmt=tablefmt or "plain",
        width=table_width(fmt is not None),
        explain=explain,
    )
    return Answer(text, colour, CHECK_EXIT_CODES[result.verdict])


def main() -> None:
    """The console script: a plain `check CLAIM` here, any other command line by click."""
    code = plain_check(sys.argv[1:])
    if code is None:
        from cstofacts.cli import main as by_click

        by_click()
    exit_now(code if code is not None else 0)


def plain_check(argv: list[str]) -> int | None:
    """Answer `check CLAIM` or `--db PATH check CLAIM`, as click would, and return the
    exit code; None, having done nothing, for any other command line."""
    db = None
    if len(argv) == 4 and argv[0] == "--db" and not argv[1].startswith("-"):
        db, argv = argv[1], argv[2:]
    if len(argv) != 2 or argv[0] != "check" or argv[1].startswith("-") or not _as_click_writes():
        return None
    from cstofacts.app import App
    from cstofacts.errors import CstofactsError
    from cstofacts.escape import printable, safe
    from cstofacts.terminal import silence_stdout

    try:
        answer = answer_claim(App(db), argv[1], None, None, False)
        if answer.text:
            sys.stdout.write(printable(answer.text, styled=answer.styled) + "\n")
        sys.stdout.flush()
    except KeyboardInterrupt:
        sys.stderr.write("Aborted.\n")
        return 130
    except CstofactsError as error:
        sys.stderr.write(f"Error: {safe(str(error), lines=False)}\n")
        return error.exit_code
    except BrokenPipeError:
        silence_stdout()
        return 0
    except OSError as error:  # a full disk
        sys.stderr.write(f"Error: cannot write the output: {error.strerror}\n")
        return 1
    return answer.code


def _as_click_writes() -> bool:
    """True when writing to stdout and stderr is what click.echo would do: both open,
    in UTF-8 (click rewraps a stream of another encoding), and no shell completion asked."""
    streams = (sys.stdout, sys.stderr)
    return COMPLETION_VARIABLE not in os.environ and all(
        s is not None and (s.encoding or "").lower().replace("-", "") == "utf8" for s in streams
    )


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
