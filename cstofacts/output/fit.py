"""Tables for people that fit a width: the least needed columns dropped or shortened
first, text wrapped at spaces, and each record stacked as `field: value` lines when
no table fits. No printing."""

from __future__ import annotations

from collections.abc import Sequence

ELLIPSIS = "…"
# Columns copied whole from a table (ids): never wrapped; cut with … only on a
# terminal, where a person reads them (gh does the same), to these widths in turn.
ID_COLUMNS = frozenset({"id", "evidence"})
ID_CUTS = {"ids24": 24, "ids16": 16}
# Columns of a few short words, wrapped at spaces like the main text.
WRAPPED_COLUMNS = frozenset(
    {
        "text",
        "title",
        "aliases",
        "speaker",
        "author",
        "role",
        "name",
        "outlet",
        "reported_by",
        "claim",
        "reason",
        "value",
        "attribution",
        "context",
    }
)
# Prose that may name an id in passing (check's reasons): a word too long for the
# column is broken after a hyphen rather than holding the whole table wide.
BREAKABLE_COLUMNS = frozenset({"reason", "value"})
MAIN_WIDE = 30  # what the main text column is given while anything else can give way
MAIN_NARROW = 20  # ... and after the concession "narrow"
OTHER_MIN = 10  # a wrapped column other than the main one, at its narrowest (or its longest word)
# The formats whose cells hold several lines, and of those the ones a stack of
# `field: value` lines may stand in for (the defaults, without rules).
STACKABLE = frozenset({"simple", "plain"})


class Shape:
    """How a table gives way to a narrow width: its `main` columns get the room
    first and are wrapped last; `concessions` are made in order until it fits: a
    column name drops that column, `ids24`/`ids16` cut ids (on a terminal only),
    `narrow` lets the main columns shrink from MAIN_WIDE to MAIN_NARROW.
    (A plain class: a NamedTuple costs every command 3 ms at import.)"""

    __slots__ = ("concessions", "main")

    def __init__(self, main: tuple[str, ...], concessions: tuple[str, ...] = ()) -> None:
        self.main = main
        self.concessions = concessions


# What textwrap breaks at and writes as one space: ASCII white space (a no-break space is none).
_WHITE = "\t\n\x0b\x0c\r "
_AS_SPACE = str.maketrans(dict.fromkeys(_WHITE[:-1], " "))


def at_spaces(text: str, width: int) -> list[str]:
    """textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False), the
    same lines (tests/test_fit.py holds them so), without importing textwrap: its
    patterns took 2 ms of every `check` and `search` to compile. Greedy: a line takes
    words while they fit; a longer word stands alone; white space at a break goes."""
    chunks = _chunks(text.expandtabs().translate(_AS_SPACE))
    lines: list[str] = []
    while chunks:
        line: list[str] = []
        size = 0
        if chunks[-1].isspace() and lines:
            chunks.pop()  # a line after the first starts at a word
        while chunks and size + len(chunks[-1]) <= width:
            size += len(chunks[-1])
            line.append(chunks.pop())
        if chunks and not line and len(chunks[-1]) > width:
            line.append(chunks.pop())  # a word longer than the line stands whole
        if line and line[-1].isspace():
            line.pop()
        if line:
            lines.append("".join(line))
    return lines


def _chunks(text: str) -> list[str]:
    """The words and runs of spaces of `text`, last first (taken from the end)."""
    found: list[str] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or (text[i] == " ") != (text[start] == " "):
            found.append(text[start:i])
            start = i
    return found[::-1]


def wrap(text: str, width: int, *, break_long: bool = False) -> list[str]:
    """`text` on lines of at most `width`, broken at spaces only (never at a hyphen:
    ids and names stay whole); a word longer than the width stands whole, unless
    `break_long`: then it is broken after a hyphen, or else where the line ends.
    A no-break space is no place to break."""
    width = max(1, width)
    lines = at_spaces(text, width) or [""]
    if not break_long:
        return lines
    return [piece for line in lines for piece in (_pieces(line, width) if len(line) > width else [line])]


def _pieces(word: str, width: int) -> list[str]:
    """A word too long for `width`, in pieces: after a hyphen where one falls, else cut."""
    pieces = []
    while len(word) > width:
        at = word.rfind("-", 0, width) + 1 or width
        pieces.append(word[:at])
        word = word[at:]
    return [*pieces, word] if word else pieces


_ESCAPE = r"\x1b\[[0-9;]*m"  # a terminal's colour or emphasis: no width of its own


def wrap_marked(text: str, width: int) -> list[str]:
    """`text` wrapped at spaces to `width` as a terminal shows it: escape codes for
    bold or colour take no room (`show --context` marks its highlight so)."""
    import re

    lines: list[str] = []
    line, shown = "", 0
    for word in text.split(" "):
        size = len(re.sub(_ESCAPE, "", word))
        if line and shown + 1 + size > width:
            lines.append(line)
            line, shown = word, size
        else:
            line, shown = (f"{line} {word}", shown + 1 + size) if line else (word, size)
    return [*lines, line]


def cut(text: str, width: int) -> str:
    """`text` cut to `width` characters, the last of them an ellipsis."""
    return text if len(text) <= width else text[: max(0, width - 1)] + ELLIPSIS


def fit_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    width: int,
    shape: Shape,
    tablefmt: str = "simple",
    cut_ids: bool = False,
) -> str:
    """A tabulate table of one-line cells (an id cell may hold several ids, one a line)
    no wider than `width`, or the rows stacked when no table fits."""
    from tabulate import tabulate

    if not rows:
        return tabulate([], headers=list(header), tablefmt=tablefmt, disable_numparse=True)
    columns = [i for i, name in enumerate(header) if name in shape.main or any(row[i] for row in rows)]
    state = _State(columns=columns, id_cap=None, main_min=MAIN_WIDE)
    for concession in (None, *shape.concessions):
        if concession is not None and not state.concede(concession, header, cut_ids):
            continue
        widths = state.widths(header, rows, width, tablefmt, shape)
        if widths is None:
            continue
        text = _render(header, rows, state.columns, widths, tablefmt)
        if max(len(line) for line in text.splitlines()) <= width:
            return text
    if tablefmt in STACKABLE:
        return stacked(header, rows, width)
    return stacked_tables(header, rows, width, tablefmt)


class _State:
    """Which columns a table keeps, how far ids are cut, how narrow the main text may be."""

    def __init__(self, columns: list[int], id_cap: int | None, main_min: int) -> None:
        self.columns = columns
        self.id_cap = id_cap
        self.main_min = main_min

    def concede(self, concession: str, header: Sequence[str], cut_ids: bool) -> bool:
        """Make one concession; False when it changes nothing here."""
        if concession in ID_CUTS:
            if not cut_ids or not any(header[i] in ID_COLUMNS for i in self.columns):
                return False
            self.id_cap = ID_CUTS[concession]
            return True
        if concession == "narrow":
            self.main_min = MAIN_NARROW
            return True
        dropped = [i for i in self.columns if header[i] == concession]
        self.columns = [i for i in self.columns if header[i] != concession]
        return bool(dropped)

    def minimum(
        self, header: Sequence[str], rows: Sequence[Sequence[str]], tablefmt: str, shape: Shape
    ) -> dict[int, int]:
        """Each column at its narrowest: whole values, whole words, whole headers."""
        floor = {}
        for i in self.columns:
            name, natural = header[i], _natural(header[i], rows, i)
            if name in ID_COLUMNS and self.id_cap is not None:
                floor[i] = min(natural, max(self.id_cap, len(name) + 2))
            elif name in WRAPPED_COLUMNS or name in shape.main:
                wanted = self.main_min if name in shape.main else OTHER_MIN
                longest = 0 if name in BREAKABLE_COLUMNS else _longest_word(rows, i)
                floor[i] = min(natural, max(wanted, longest, len(name) + 2))
            else:
                floor[i] = natural
        return floor

    def widths(
        self, header: Sequence[str], rows: Sequence[Sequence[str]], width: int, tablefmt: str, shape: Shape
    ) -> dict[int, int] | None:
        """Column widths that fit `width`, or None: the narrowest widths first, then
        what is left to the main columns, to cut ids, then to the other columns."""
        widths = self.minimum(header, rows, tablefmt, shape)
        spare = width - _overhead(tablefmt, len(self.columns)) - sum(widths.values())
        if spare < 0:
            return None
        main = [i for i in self.columns if header[i] in shape.main]
        ids = [i for i in self.columns if header[i] in ID_COLUMNS]
        others = [i for i in self.columns if i not in main and i not in ids]
        for group in (main, ids, others):
            spare = _share(widths, group, spare, header, rows)
        return widths


def _share(
    widths: dict[int, int], group: list[int], spare: int, header: Sequence[str], rows: Sequence[Sequence[str]]
) -> int:
    """Give `spare` columns to the columns of `group`, evenly, each up to its natural
    width; what is left over."""
    wanting = [i for i in group if widths[i] < _natural(header[i], rows, i)]
    while spare > 0 and wanting:
        share = max(1, spare // len(wanting))
        for i in list(wanting):
            give = min(share, spare, _natural(header[i], rows, i) - widths[i])
            widths[i] += give
            spare -= give
            if widths[i] >= _natural(header[i], rows, i):
                wanting.remove(i)
    return spare


def _natural(name: str, rows: Sequence[Sequence[str]], i: int) -> int:
    # tabulate pads a header by two (its MIN_PADDING): "score" takes 7 columns.
    return max([len(name) + 2] + [len(line) for row in rows for line in str(row[i]).split("\n")])


def _longest_word(rows: Sequence[Sequence[str]], i: int) -> int:
    return max([len(word) for row in rows for word in str(row[i]).split()] or [0])


_OVERHEADS: dict[tuple[str, int], int] = {}


def _overhead(tablefmt: str, count: int) -> int:
    """The characters a line of `count` columns takes beyond its cells: rules, padding."""
    if (tablefmt, count) not in _OVERHEADS:
        from tabulate import tabulate

        text = tabulate([["xxxxx"] * count], headers=["x"] * count, tablefmt=tablefmt, disable_numparse=True)
        _OVERHEADS[tablefmt, count] = max(len(line) for line in text.splitlines()) - 5 * count
    return _OVERHEADS[tablefmt, count]


def _render(
    header: Sequence[str], rows: Sequence[Sequence[str]], columns: list[int], widths: dict[int, int], tablefmt: str
) -> str:
    from tabulate import tabulate

    def cell(value: str, i: int) -> str:
        if header[i] in ID_COLUMNS:
            return "\n".join(cut(line, widths[i]) for line in str(value).split("\n"))
        if header[i] in WRAPPED_COLUMNS or len(str(value)) > widths[i]:
            return "\n".join(wrap(str(value), widths[i], break_long=header[i] in BREAKABLE_COLUMNS))
        return str(value)

    cells = [[cell(row[i], i) for i in columns] for row in rows]
    return tabulate(cells, headers=[header[i] for i in columns], tablefmt=tablefmt, disable_numparse=True)


def stacked(header: Sequence[str], rows: Sequence[Sequence[str]], width: int) -> str:
    """Each row as `field: value` lines, the values wrapped beside their labels, rows
    apart by a blank line."""
    names = [name for i, name in enumerate(header) if any(row[i] for row in rows)]
    label = max(len(name) for name in names) + 2
    blocks = []
    for row in rows:
        pairs = [
            (name + ":", str(value)) for name, value in zip(header, row) if name in names and value not in ("", None)
        ]
        blocks.append(_beside(pairs, label, width))
    return "\n\n".join(blocks)


def stacked_tables(header: Sequence[str], rows: Sequence[Sequence[str]], width: int, tablefmt: str) -> str:
    """Each row as a two-column table of its fields in `tablefmt` ("grid", "psql"),
    the values wrapped to what the borders leave of `width`; rows apart by a blank line."""
    from tabulate import tabulate

    names = [name for i, name in enumerate(header) if any(row[i] for row in rows)]
    # the borders and paddings of a two-column grid: "| " + name + " | " + value + " |"
    room = max(10, width - max(len(name) for name in names) - 7)
    blocks = []
    for row in rows:
        pairs = [
            (name, "\n".join(part for line in str(value).split("\n") for part in wrap(line, room)))
            for name, value in zip(header, row)
            if name in names and value not in ("", None)
        ]
        blocks.append(tabulate(pairs, tablefmt=tablefmt, disable_numparse=True))
    return "\n\n".join(blocks)


def field_value(pairs: Sequence[tuple[str, str]], width: int) -> str:
    """A record's fields as a headerless two-column layout `width` wide: each value
    wrapped at spaces beside its field name."""
    return _beside(pairs, max([len(name) for name, _ in pairs] or [0]) + 2, width)


def _beside(pairs: Sequence[tuple[str, str]], label: int, width: int) -> str:
    """Values wrapped at spaces beside labels `label` wide (each line of a value
    wrapped on its own). No word is broken, so an id stays whole to be copied: a
    word too long to stand beside the label takes a line of its own, further left."""
    room = max(10, width - label)
    lines = []
    for name, value in pairs:
        parts = [part for line in value.split("\n") for part in wrap(line, room)]
        first = True
        for part in parts:
            indent = label if len(part) <= room else max(0, width - len(part))
            if first and indent == label:
                lines.append(f"{name:<{label}}{part}".rstrip())
            else:
                if first:
                    lines.append(name)
                lines.append(" " * indent + part)
            first = False
    return "\n".join(lines)
