"""Markdown reduced to the plain text it reads as: headings, emphasis, links, code and
front matter taken out, each paragraph on one line (a paragraph of a source is a line)."""

from __future__ import annotations

import re

from cstofacts.ingest.reading import join_block

_FRONT_MATTER = re.compile(r"\A---\n.*?\n(?:---|\.\.\.)\n", re.S)
_FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.S | re.M)
_HEADING = re.compile(r"^#{1,6}\s+(.*?)(?:\s+#+)?\s*$", re.M)
_SETEXT = re.compile(r"^(?:=+|-{3,})\s*$", re.M)
_RULE = re.compile(r"^\s*(?:\*\s*){3,}$|^\s*(?:_\s*){3,}$", re.M)
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}.*$", re.M)
_REFERENCE = re.compile(r"^\s*\[[^\]]+\]:\s*\S+.*$", re.M)
# Link text holds no "[" and a target is bounded, as check's document reader has
# it (cstofacts.check.read.claims): a line of 20,000 "[" took 1.6 s, growing as its square.
_IMAGE = re.compile(r"!\[[^\]\[]*\]\([^)]{0,2000}\)")
_LINK = re.compile(r"\[([^\]\[]+)\](?:\([^)]{0,2000}\)|\[[^\]\[]{0,200}\])")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_TAG = re.compile(r"</?[A-Za-z][^>\n]*>")
_CODE = re.compile(r"`([^`\n]+)`")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)")
_QUOTE_MARK = re.compile(r"^\s*(?:>\s?)+", re.M)
_BULLET = re.compile(r"^(\s*)[*+]\s+", re.M)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")
_HARD_BREAK = re.compile(r"(?: {2,}|\\)$", re.M)


def plain(text: str) -> str:
    """The text of Markdown `text`, a paragraph a line, blank lines between them."""
    text = _FRONT_MATTER.sub("", text)
    text = _FENCE.sub("", text)
    text = _REFERENCE.sub("", text)
    text = _HEADING.sub(lambda m: "\n" + m.group(1) + "\n", text)
    text = _SETEXT.sub("", text)
    text = _RULE.sub("", text)
    text = _TABLE_RULE.sub("", text)
    text = _QUOTE_MARK.sub("", text)
    text = _BULLET.sub(r"\1- ", text)
    text = _HARD_BREAK.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _TAG.sub("", text)
    text = _CODE.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    text = _ESCAPE.sub(r"\1", text)
    return "\n".join(join_block(block) for block in re.split(r"\n\s*\n", text))
