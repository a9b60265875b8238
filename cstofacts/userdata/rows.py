"""The rows of a file to import (JSON, JSONL, CSV, TSV), read as a stream, one row at a time.

A file of any size is read in chunks and never held whole: each row is
handed on as soon as it is read, so an import needs the memory of one row,
not of the file. Every row and line has a size limit, so that a stream
without end (/dev/zero on stdin) is refused, not read into memory.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cstofacts.bounded import Limited, Refused, size_text
from cstofacts.errors import InvalidInput

MAX_INPUT = 1 << 30  # bytes of a file (or stdin) to import: the most a store may hold (store.MAX_STORE)
MAX_LINE = 1 << 20  # characters in a line (JSONL, CSV, TSV); a row's text is 10,000 at most
MAX_ROW = 1 << 20  # characters of one JSON row
MAX_WHOLE_JSON = 64 << 20  # a JSON object (not a list) is read whole, so up to this
PEEK = 1 << 20  # what the format is guessed from, when the name does not say
FORMATS = ("json", "jsonl", "csv", "tsv")

Row = tuple[str, dict[str, Any]]


def read_rows(stream: Limited, name: str, fmt: str | None = None) -> Iterator[Row]:
    """The rows of a JSON, JSONL, CSV or TSV stream, each with how an error should name
    it; InvalidInput (exit 2) for what cannot be read, as soon as it is met."""
    buffered = io.BufferedReader(stream, buffer_size=PEEK)
    try:
        head = _peek(buffered, name)
        fmt = fmt or guess_format(name, head)
        text = io.TextIOWrapper(buffered, encoding="utf-8-sig", errors="strict", newline="")
        reader = {"json": _json_rows, "jsonl": _jsonl_rows, "csv": _csv_rows, "tsv": _tsv_rows}[fmt]
        count = 0
        for count, row in enumerate(reader(text, name), 1):  # noqa: B007 (read after the loop)
            yield row
        if not count:
            raise InvalidInput(f"{name}: holds no records")
    except UnicodeDecodeError as error:
        raise InvalidInput(f"{name}: not UTF-8 text ({error.reason})") from None
    except Refused as refused:
        raise InvalidInput(f"{name}: {refused}") from None
    except OSError as error:
        raise InvalidInput(f"cannot read {name}: {error.strerror or error}") from None


def _peek(buffered: io.BufferedReader[Any], name: str) -> str:
    head = buffered.peek(PEEK)[:PEEK]
    text = head.decode("utf-8-sig", errors="ignore")  # (a character cut at the end of the peek)
    if not text.strip() and len(head) < PEEK:
        raise InvalidInput(f"{name}: holds no records")
    return text


def guess_format(name: str, head: str) -> str:
    """The format a file's name says, or else its first character (or a tab in its first line)."""
    suffix = Path(name).suffix.lower()
    if suffix in (".json", ".jsonl", ".csv", ".tsv"):
        return suffix[1:]
    if suffix == ".ndjson":
        return "jsonl"
    first_char = head.lstrip()[:1]
    if first_char == "[":
        return "json"
    if first_char == "{":
        lines = [line for line in head.splitlines() if line.strip()]
        return "jsonl" if len(lines) > 1 and lines[0].rstrip().endswith("}") else "json"
    first = head.lstrip().split("\n", 1)[0]
    return "tsv" if "\t" in first and "," not in first else "csv"


def _lines(text: io.TextIOWrapper, name: str) -> Iterator[str]:
    """The lines of `text`, each at most MAX_LINE characters (else InvalidInput)."""
    number = 0
    while True:
        line = text.readline(MAX_LINE + 2)
        if not line:
            return
        number += 1
        if len(line.rstrip("\r\n")) > MAX_LINE:
            raise InvalidInput(f"{name}: line {number} is longer than {MAX_LINE:,} characters, the limit")
        yield line


def _jsonl_rows(text: io.TextIOWrapper, name: str) -> Iterator[Row]:
    count = 0
    for number, line in enumerate(_lines(text, name), 1):
        if line.strip():
            count += 1
            where = f"{name}: row {count} (line {number})"
            yield where, _object(_load_json(line, f"{where}: not valid JSON"), where)


def _tsv_rows(text: io.TextIOWrapper, name: str) -> Iterator[Row]:
    """TSV as export writes it: tab-separated cells, no quoting."""
    import csv

    return _csv_rows(text, name, delimiter="\t", quoting=csv.QUOTE_NONE, what="TSV")


def _csv_rows(
    text: io.TextIOWrapper, name: str, *, delimiter: str = ",", quoting: Any = 0, what: str = "CSV"
) -> Iterator[Row]:
    import csv

    reader = csv.reader(_lines(text, name), delimiter=delimiter, quoting=quoting)
    try:
        header = next((row for row in reader if row), None)
        if header is None:
            return
        _check_header(header, name)
        count = 0
        for cells in reader:
            if not cells:
                continue  # a blank line, as csv.DictReader skips it
            count += 1
            where = f"{name}: row {count} (line {reader.line_num})"
            if len(cells) > len(header):
                raise InvalidInput(f"{where}: more cells than the header has columns")
            yield where, {key: value for key, value in zip(header, cells) if value != ""}
    except csv.Error as error:
        raise InvalidInput(f"{name}: line {reader.line_num}: not valid {what} ({error})") from None


def _check_header(header: list[str], name: str) -> None:
    if "" in header:
        raise InvalidInput(f"{name}: the header has an empty column name")
    seen: set[str] = set()
    for column in header:
        if column in seen:  # a second column would silently take the first one's place
            raise InvalidInput(f"{name}: the header has the column {column[:60]!r} twice")
        seen.add(column)


def _json_rows(text: io.TextIOWrapper, name: str) -> Iterator[Row]:
    """A list of records, read one element at a time; an object (one record, or
    {"records": [...]}) is read whole, up to MAX_WHOLE_JSON."""
    stream = _JSONStream(text, name)
    if stream.next_char() != "[":
        yield from _json_object_rows(stream.rest(MAX_WHOLE_JSON), name)
        return
    stream.position += 1
    number = 0
    while True:
        if stream.next_char() == "]" and number == 0:
            stream.position += 1
            break
        number += 1
        where = f"{name}: row {number}"
        yield where, _object(stream.value(where), where)
        following = stream.next_char()
        stream.position += 1
        if following == "]":
            break
        if following != ",":
            raise InvalidInput(f"{name}: not valid JSON after row {number} (expected ',' or ']')")
    if stream.next_char() != "":
        raise InvalidInput(f"{name}: not valid JSON (more after the closing ']')")


def _json_object_rows(content: str, name: str) -> Iterator[Row]:
    value = _load_json(content, f"{name}: not valid JSON")
    if isinstance(value, dict) and isinstance(value.get("records"), list):
        value = value["records"]
    elif isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        raise InvalidInput(f"{name}: expected a list of records (JSON objects)")
    for number, row in enumerate(value, 1):
        yield f"{name}: row {number}", _object(row, f"{name}: row {number}")


class _JSONStream:
    """A JSON text read in chunks, decoded one value at a time (json.raw_decode)."""

    def __init__(self, text: io.TextIOWrapper, name: str) -> None:
        self.text = text
        self.name = name
        self.buffer = ""
        self.position = 0
        self.ended = False
        self.decoder = json.JSONDecoder()

    def _more(self) -> bool:
        if self.ended:
            return False
        chunk = self.text.read(1 << 16)
        self.buffer = self.buffer[self.position :] + chunk
        self.position = 0
        self.ended = not chunk
        return bool(chunk)

    def next_char(self) -> str:
        """The next character that is not a blank ("" at the end), not consumed."""
        while True:
            while self.position < len(self.buffer) and self.buffer[self.position] in " \t\r\n":
                self.position += 1
            if self.position < len(self.buffer) or not self._more():
                return self.buffer[self.position : self.position + 1]

    def value(self, where: str) -> Any:
        """The next JSON value; read on while it runs past what is read so far."""
        while True:
            try:
                value, end = self.decoder.raw_decode(self.buffer, self.position)
            except json.JSONDecodeError as error:
                if self._room(where) and self._more():
                    continue
                raise InvalidInput(f"{where}: not valid JSON ({error.msg})") from None
            except RecursionError:
                raise InvalidInput(f"{where}: not valid JSON (nested too deeply)") from None
            if end == len(self.buffer) and self._room(where) and self._more():
                continue  # a number or word may go on in the next chunk
            self.position = end
            return value

    def _room(self, where: str) -> bool:
        if len(self.buffer) - self.position > MAX_ROW:
            raise InvalidInput(f"{where}: longer than {MAX_ROW:,} characters, the limit of a row")
        return True

    def rest(self, limit: int) -> str:
        """Everything left, up to `limit` characters (else InvalidInput)."""
        parts = [self.buffer[self.position :]]
        total = len(parts[0])
        while not self.ended:
            chunk = self.text.read(1 << 16)
            self.ended = not chunk
            total += len(chunk)
            if total > limit:
                raise InvalidInput(
                    f"{self.name}: a JSON object larger than {size_text(limit)}, the limit; "
                    "give a list of records (as export writes it) or JSONL"
                )
            parts.append(chunk)
        return "".join(parts)


def _load_json(text: str, problem: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as error:
        raise InvalidInput(f"{problem} ({error})") from None
    except RecursionError:
        raise InvalidInput(f"{problem} (nested too deeply)") from None


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InvalidInput(f"{where}: expected an object of fields, not {type(value).__name__}")
    return value
