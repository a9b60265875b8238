"""Escapers for the markup a user pastes into: Markdown (CommonMark and pandoc),
HTML, reStructuredText and LaTeX. Quote blocks and citations both use them."""

from __future__ import annotations

import re

# Inline markup in CommonMark and pandoc's Markdown ($ math, ^ ~ super- and
# subscript, @ citations); every ASCII punctuation may be backslash-escaped.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>#|~^$&@])")
# Line starts that would open a list, heading rule or setext underline.
_MD_LINE_START = re.compile(r"^(\d+)([.)])(?=\s|$)|^([-+=])(?=\s|$)")


def markdown_escape(text: str) -> str:
    """Text that CommonMark and pandoc print as it stands."""
    text = _MD_INLINE.sub(r"\\\1", text)
    return _MD_LINE_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(1) else f"\\{m.group(3)}", text)


def pandoc_escape(text: str) -> str:
    """Markdown escaping, and what pandoc's `smart` extension would change: straight
    quotes (curled), `--` (an en dash) and `...` (an ellipsis character)."""
    text = re.sub(r"(['\"])", r"\\\1", markdown_escape(text))
    return re.sub(r"([-.])(?=\1)", r"\1\\", text)


def html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# Inline markup, and the straight quotes that docutils' smart quotes (Sphinx's
# default) would curl.
_RST_INLINE = re.compile(r"([\\*`_|'\"])")
# An enumerator, bullet, attribution dash or other markup at the start of a line.
_RST_LINE_START = re.compile(r"^(?:[^\w\s]|(?:\d+|[A-Za-z]|[ivxlcdmIVXLCDM]+)[.)](?=\s|$))")


def rst_escape(text: str) -> str:
    """Text that reStructuredText prints as it stands, smart quotes on or off: straight
    quotes, `--` (an en dash to smart quotes) and `...` (an ellipsis) escaped."""
    text = _RST_INLINE.sub(r"\\\1", text)
    text = re.sub(r"([-.])(?=\1)", r"\1\\", text)
    if not text.startswith("\\"):  # (already escaped)
        text = _RST_LINE_START.sub(lambda m: "\\" + m.group(), text)
    return re.sub(r"::$", r":\\:", text)


_LATEX = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "<": r"\textless{}",
    ">": r"\textgreater{}",
    "|": r"\textbar{}",
    "`": r"\textasciigrave{}",
}
_LATEX_CHARS = re.compile("[" + re.escape("".join(_LATEX)) + "]")


# Cyrillic words, with the spaces and hyphens between them: 'Арестова Татьяна'.
_CYRILLIC_RUN = re.compile("[\u0400-\u052f]+(?:[ -][\u0400-\u052f]+)*")


def latex_escape(text: str) -> str:
    """Text safe in LaTeX (and biblatex fields); Unicode quotes and dashes kept.

    '--' and "''" would become ligatures (an en dash, a closing quote), so
    they are broken up with an empty group. A Cyrillic run is wrapped in babel's
    `\\textcyrillic{...}`, which switches a pdfLaTeX document from T1 to T2A for
    it (and under XeLaTeX or LuaLaTeX to the Russian language); one argument, so
    that biber still takes a name's initial from its letters.
    """
    text = _LATEX_CHARS.sub(lambda m: _LATEX[m.group()], text)
    text = re.sub(r"-(?=-)", "-{}", text)
    text = re.sub(r"'(?=')", "'{}", text)
    return _CYRILLIC_RUN.sub(lambda m: f"\\textcyrillic{{{m.group()}}}", text)
