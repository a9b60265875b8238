"""How wide a line of text is drawn, and text wrapped to a width: for pictures,
where nothing measures the text for us."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

# Advance widths of DejaVu Sans and DejaVu Sans Bold (thousandths of an em) for
# the printable ASCII characters, space to tilde. DejaVu and Verdana are the
# widest of the common sans-serif faces; the picture asks for them first, and
# any narrower face that stands in (Arial, Helvetica) only leaves more room.
_REGULAR = (
    318,
    401,
    460,
    838,
    636,
    950,
    780,
    275,
    390,
    390,
    500,
    838,
    318,
    361,
    318,
    337,
    636,
    636,
    636,
    636,
    636,
    636,
    636,
    636,
    636,
    636,
    337,
    337,
    838,
    838,
    838,
    531,
    1000,
    684,
    686,
    698,
    770,
    632,
    575,
    775,
    752,
    295,
    295,
    656,
    557,
    863,
    748,
    787,
    603,
    787,
    695,
    635,
    611,
    732,
    684,
    989,
    685,
    611,
    685,
    390,
    337,
    390,
    838,
    500,
    500,
    613,
    635,
    550,
    635,
    615,
    352,
    635,
    634,
    278,
    278,
    579,
    278,
    974,
    634,
    612,
    635,
    635,
    411,
    521,
    392,
    634,
    592,
    818,
    592,
    592,
    525,
    636,
    337,
    636,
    838,
)
_BOLD = (
    348,
    456,
    521,
    838,
    696,
    1002,
    872,
    306,
    457,
    457,
    523,
    838,
    380,
    415,
    380,
    365,
    696,
    696,
    696,
    696,
    696,
    696,
    696,
    696,
    696,
    696,
    400,
    400,
    838,
    838,
    838,
    580,
    1000,
    774,
    762,
    734,
    830,
    683,
    683,
    821,
    837,
    372,
    372,
    775,
    637,
    995,
    837,
    850,
    733,
    850,
    770,
    720,
    682,
    812,
    774,
    1103,
    771,
    724,
    725,
    457,
    365,
    457,
    838,
    500,
    500,
    675,
    716,
    593,
    716,
    678,
    435,
    716,
    712,
    343,
    343,
    665,
    343,
    1042,
    712,
    687,
    716,
    716,
    493,
    595,
    478,
    712,
    652,
    924,
    645,
    652,
    582,
    712,
    365,
    712,
    838,
)
# Letters outside ASCII (accented Latin, Cyrillic: up to 1.09 em in DejaVu, 0.72
# on average) and the typographic marks the sources print.
_OTHER = {"–": 500, "—": 1000, "“": 518, "”": 518, "‘": 318, "’": 318, "…": 1000, "«": 612, "»": 612}
_NON_ASCII, _WIDE = 800, 1000
# A little over the measured widths: hinting and other faces differ by a few per cent.
SAFETY = 1.05


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of `text` set in `size` units (the font size), on one line."""
    table = _BOLD if bold else _REGULAR
    total = 0.0
    for char in text:
        code = ord(char)
        if 32 <= code < 127:
            total += table[code - 32]
        elif char in _OTHER:
            total += _OTHER[char] * (1.1 if bold else 1)
        elif unicodedata.combining(char):
            continue
        elif unicodedata.east_asian_width(char) in ("W", "F"):
            total += _WIDE
        else:
            total += _NON_ASCII * (1.1 if bold else 1)
    return total * size / 1000 * SAFETY


class Run(NamedTuple):
    """Words set in one style on one line."""

    text: str
    bold: bool = False
    italic: bool = False


def wrap_runs(runs: Sequence[Run], width: float, size: float) -> list[list[Run]]:
    """The words of `runs` filled into lines no wider than `width`, each line a
    list of runs (styles kept). A word wider than a whole line is cut."""
    lines: list[list[Run]] = [[]]
    used = 0.0
    for run in runs:
        for word in run.text.split():
            for piece in _pieces(word, width, size, run.bold):
                space = text_width(" ", size, run.bold) if lines[-1] else 0.0
                needed = text_width(piece, size, run.bold)
                if lines[-1] and used + space + needed > width:
                    lines.append([])
                    used, space = 0.0, 0.0
                _append(lines[-1], Run(piece, run.bold, run.italic))
                used += space + needed
    return [line for line in lines if line]


def _append(line: list[Run], run: Run) -> None:
    if line and (line[-1].bold, line[-1].italic) == (run.bold, run.italic):
        line[-1] = line[-1]._replace(text=f"{line[-1].text} {run.text}")
    else:
        line.append(run._replace(text=f" {run.text}" if line else run.text))


def _pieces(word: str, width: float, size: float, bold: bool) -> list[str]:
    """`word`, or its parts where it is too wide for any line (a long id or address)."""
    if text_width(word, size, bold) <= width:
        return [word]
    pieces, current = [], ""
    for char in word:
        if current and text_width(current + char, size, bold) > width:
            pieces.append(current)
            current = ""
        current += char
    return [*pieces, current] if current else pieces
