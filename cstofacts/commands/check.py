"""The `check` command: verdicts on one claim or on every claim of a document."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from cstofacts.commands.common import (
    App,
    Command,
    cut_ids,
    emit,
    pass_app,
    styled,
    table_width,
    tablefmt_option,
)
from cstofacts.schema import CHECK_EXIT_CODES, CHECK_FORMATS

if TYPE_CHECKING:
    from cstofacts.check import Verdict

EXIT_CODES = CHECK_EXIT_CODES
# claims.MAX_DOCUMENT characters, four bytes each at most: more is no draft.
MAX_DOCUMENT_BYTES = 8 << 20


def _read(path: str) -> str:
    """The document at `path` ('-': stdin): a regular file, or stdin read in chunks, up
    to MAX_DOCUMENT_BYTES (a device, a FIFO, a file too large: one line, exit 2)."""
    from cstofacts.bounded import Refused, read_regular, read_stream
    from cstofacts.errors import InvalidInput
    from cstofacts.escape import safe

    shown = "stdin" if path == "-" else safe(path, lines=False) or "'' (no file named)"
    try:
        if path == "-":
            stream = getattr(sys.stdin, "buffer", None)
            data = (
                read_stream(stream, MAX_DOCUMENT_BYTES)
                if stream is not None
                else sys.stdin.read(MAX_DOCUMENT_BYTES).encode("utf-8", "surrogateescape")
            )
        else:
            data = read_regular(path, MAX_DOCUMENT_BYTES)
    except Refused as refused:
        raise InvalidInput(f"cannot read {shown}: {refused}") from None
    except (OSError, ValueError) as error:
        raise InvalidInput(f"cannot read {shown}: {getattr(error, 'strerror', None) or error}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(f"{shown} is not UTF-8 text") from None


@click.command(cls=Command)
@click.argument("claim", required=False)
@click.option(
    "--file", "path", metavar="PATH", help="Check every claim in this Markdown, text or JSONL file ('-' for stdin)."
)
@click.option(
    "--strict", is_flag=True, help="With --file: exit 3 when no claim is refuted but some cannot be verified."
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(CHECK_FORMATS),
    default=None,
    help="Output format (default: table).",
)
@click.option(
    "--tablefmt",
    default=None,
    metavar="NAME",
    callback=tablefmt_option,
    help="Any tabulate format for --format table: github, grid, ... (default: plain for one claim, simple for --file).",
)
@click.option(
    "--explain",
    is_flag=True,
    help="Also show the rule that decided and every slot and word compared (JSON: an 'explain' object).",
)
@pass_app
def check(
    app: App, claim: str | None, path: str | None, strict: bool, fmt: str | None, tablefmt: str | None, explain: bool
) -> None:
    """A verdict on a claim (supported, refuted, not-enough-info), with the evidence.

    Exit 0 supported, 1 refuted, 3 not enough information. With --file each
    checkable sentence (a statement of an entity, a date or a number it names,
    or of four words or more; no question) gets a verdict and its line number, footnotes included;
    tables and code are skipped. Exit 1 when any is refuted, and with --strict
    3 when none is refuted but some cannot be verified.

    \b
    Examples:
      cstofacts check "The Khujand border agreement was signed on 31 March 2025"
      cstofacts check "The CSTO-CIS-SCO Roadmap was signed in Moscow" \\
          --format json
      cstofacts check "The CSTO prioritises dialogue" --explain
      cstofacts check --file draft.md --strict
      cat claims.jsonl | cstofacts check --file - --format jsonl
      cstofacts check --file draft.md --format csv > verdicts.csv
    """
    from cstofacts.check import Checker
    from cstofacts.errors import InvalidInput
    from cstofacts.output import verdicts

    if (claim is None) == (path is None):
        raise click.UsageError("give either CLAIM or --file PATH, not both and not neither")
    if strict and path is None:
        raise click.UsageError("--strict goes with --file")
    if claim == "-":
        raise click.UsageError("'-' is no claim; to read claims from stdin, give --file -")
    if claim is not None:
        from cstofacts.launch import answer_claim

        answer = answer_claim(app, claim, fmt, tablefmt, explain)
        emit(answer.text, styled=answer.styled)
        raise click.exceptions.Exit(answer.code)
    from cstofacts.check.read.claims import read_document
    from cstofacts.store import source_text

    # The search index finds each claim's candidate records: no claim reads every record.
    checker = Checker(app.index, source_text=source_text)
    fmt_out = fmt or "table"
    width = table_width(fmt is not None)

    assert path is not None
    text = _read(path)
    try:
        document = read_document(text, checker.checkable, checker.people, checker.dotted_names)
    except InvalidInput as error:
        raise InvalidInput(f"{path}: {error}") from None
    results: list[Verdict] = []
    quoted: set[int] = set()  # block quotes whose words a source has (or nearly): not claims
    for sentence in document.claims:
        if sentence.quote:
            verdict = checker.check_quotation(sentence.text, sentence.credit)
            if verdict is not None:
                quoted.add(sentence.line)
                results.append(verdict.with_line(sentence.line))
        elif sentence.part_of not in quoted:
            verdict = checker.check(sentence.checked or sentence.text)
            results.append(verdict._replace(claim=sentence.text).with_line(sentence.line))
    if results or fmt_out != "table":
        emit(
            verdicts.many(
                results,
                fmt_out,
                colour=styled(fmt is not None),
                tablefmt=tablefmt or "simple",
                width=width,
                explain=explain,
                cut_ids=cut_ids(fmt is not None),
            ),
            styled=styled(fmt is not None),
        )
    if fmt_out == "table" or not results:
        click.echo(verdicts.summary(results) if results else "no checkable claims found", err=True)
    if fmt_out == "table" and document.skipped:
        lines = "line" if document.skipped == 1 else "lines"
        click.echo(f"skipped {document.skipped} {lines} of tables/code", err=True)
    raise click.exceptions.Exit(_file_exit(results, strict))


def _file_exit(results: list[Verdict], strict: bool) -> int:
    if any(v.verdict == "refuted" for v in results):
        return 1
    if strict and any(v.verdict == "not-enough-info" for v in results):
        return 3
    return 0
