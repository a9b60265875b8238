"""Split a Markdown or plain-text document (or JSONL of claims) into claims with line numbers."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass

from cstofacts.check.words import MIN_QUOTE_WORDS, QUOTED
from cstofacts.errors import InvalidInput
from cstofacts.escape import control_at

MAX_DOCUMENT = 2_000_000  # characters; a draft longer than this is not a draft

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
_TABLE_RULE = re.compile(r"^\s*(?:\|\s*)?:?-{3,}")  # (not \s*\|?\s*: a line of blanks would take quadratic time)
_HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)  # an unclosed comment runs to the end, as in HTML
# YAML front matter: "---" on the first line, up to the next "---" (or "...").
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n.*?^(?:---|\.\.\.)[ \t]*$", re.S | re.M)
# Footnote definitions ("[^1]: ...", prose: their sentences are checked) and
# link reference definitions ("[id]: http://...", never prose).
_FOOTNOTE = re.compile(r"^\s{0,3}\[\^[^\]]+\]:\s*")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]^][^\]]*\]:")
# The patterns of links, emphasis and citations below each give up within a
# bounded stretch (no '[' inside a link's text, a long emphasis not looked for),
# so that a line of thousands of "[" or "*a " is read in linear time, not for
# hours (a line of 70,000 "[" took 30 s).
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s\[]+\]")
_LIST_MARKER = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)]\s+|>\s*)+")
_LINK = re.compile(r"!?\[([^\]\[]*)\]\([^)]{0,2000}\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.{1,500}?)(?<=\S)\1")
# A block quote: its words are a quotation (as `quote` pastes them), checked as
# one quote; its attribution line ("> — Tasmagambetov, ...") states nothing to
# check, and a pandoc citation ("[@key, para. 15]") is no part of the words.
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")  # CommonMark: a backslash before ASCII punctuation
_BLOCKQUOTE = re.compile(r"^\s{0,3}>")
_ATTRIBUTION = re.compile(r"^\s{0,3}(?:>\s*)+(?:\u2014|\u2015|\u2013|--)")
_PANDOC_CITATION = re.compile(r"(?<!\s)\s*\[@[^\]\[]*\]")
# An attribution run on at the end of a block quote's last line ("... alliances. —
# Imangali Tasmagambetov, to Izvestia"): a dash after the quotation's last stop, then
# a name, short and without a stop of its own.
_TRAILING_ATTRIBUTION = re.compile(
    r"(?<=[.!?\u201d\"'\u2019])\s+(?:\u2014|\u2015|\u2013|--)\s*(?P<credit>[A-Z\u0400-\u042f][^.!?\u2014]{0,120})$"
)


@dataclass(frozen=True)
class Sentence:
    text: str
    line: int  # 1-based line where the sentence starts
    quote: bool = False  # the words of a block quote, in quotation marks: checked as a quote
    # The line of the block quote this sentence is part of: checked as a claim
    # only when no source has the block's words (a claim set off as a quote).
    part_of: int | None = None
    checked: str = ""  # what is checked, when not the text: "he" read as the person named before
    credit: str = ""  # a block quote's attribution run on after a dash: whose words, and to whom


def _clean(line: str) -> str:
    line = _FOOTNOTE_REF.sub("", line)
    line = _LIST_MARKER.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _EMPHASIS.sub(r"\2", line)
    # Markdown's backslash escapes stand for the characters themselves (pandoc's
    # quote blocks escape ' and . so that smart punctuation leaves them be).
    return _ESCAPED.sub(r"\1", line)


@dataclass
class Document:
    """A document's checkable sentences, and how many lines were left out as tables or code."""

    claims: list[Sentence]
    skipped: int = 0  # lines of tables and fenced code: not prose, never checked


def _paragraphs(text: str, skipped: list[int] | None = None) -> Iterator[list[tuple[int, str]]]:
    """Runs of prose lines, as (line number, cleaned text); code, headings, tables and the
    attribution lines of block quotes left out. A block quote is a run of its own.

    A footnote definition ("[^1]: text") is prose of its own: the text after the
    marker, and the indented lines that continue it. Each line of a table or of
    fenced code that is left out adds one to `skipped[0]`.
    """
    blank = lambda m: "\n" * m.group().count("\n")  # noqa: E731 - keep line numbers
    text = _FRONT_MATTER.sub(blank, text)
    text = _HTML_COMMENT.sub(blank, text)
    block: list[tuple[int, str]] = []
    block_quoted = False
    fenced = False
    in_link = False
    for number, raw in enumerate(text.splitlines(), start=1):
        fence = bool(_FENCE.match(raw))
        if fence:
            fenced = not fenced
        code = fence or fenced
        # A link definition runs on over indented lines that follow it.
        in_link = bool(_LINK_DEFINITION.match(raw)) or (in_link and raw[:1] in (" ", "\t") and bool(raw.strip()))
        footnote = _FOOTNOTE.match(raw) if not code else None
        table = not code and (raw.lstrip().startswith("|") or bool(_TABLE_RULE.match(raw)))
        if (code or table) and skipped is not None:
            skipped[0] += 1
        quoted = not code and bool(_BLOCKQUOTE.match(raw))
        skip = code or table or in_link or _HEADING.match(raw) or (quoted and bool(_ATTRIBUTION.match(raw)))
        empty = not _clean(raw).strip()  # a blank line, or an empty ">" line inside a block quote
        starts_item = bool(_LIST_MARKER.match(raw)) and not quoted
        # A block quote begins or ends a run: its words are not the prose's.
        switches = bool(block) and quoted != block_quoted
        if skip or empty or starts_item or footnote or switches:
            if block:
                yield block
            block = []
            if skip or empty:
                continue
        if footnote:
            raw = raw[footnote.end() :]
            if not raw.strip():
                continue
        block_quoted = quoted
        block.append((number, ("> " if quoted else "") + _clean(raw).strip()))
    if block:
        yield block


def _unquoted(words: str) -> str:
    """The words inside the quotation marks that open and close them, and no others."""
    inner = words[1:-1]
    if words[:1] in '"\u201c' and words[-1:] in '"\u201d' and not any(q in inner for q in '"\u201c\u201d'):
        return inner.strip()
    return words


def sentences(text: str, skipped: list[int] | None = None, unbroken: Collection[str] = ()) -> list[Sentence]:
    """Every sentence of a Markdown or plain-text document, with the line it starts on;
    a name in `unbroken` ("Allies. CSTO") is never cut in two."""
    found = []
    for block in _paragraphs(text, skipped):
        part_of = None
        if block[0][1].startswith("> "):  # a block quote: its words, as one quotation, then its sentences
            block = [(number, _PANDOC_CITATION.sub("", body[2:])) for number, body in block]
            words = " ".join(body for _, body in block).strip()
            credit = _TRAILING_ATTRIBUTION.search(words)  # (its sentences keep the name, for "he" after it)
            if credit is not None:
                words = _unquoted(words[: credit.start()])
            # A block that quotes within itself and says whose the words are ("'...,'
            # Tasmagambetov told Izvestia."): its sentences say so, as a claim would. The
            # quotation is most of the block; a term set off in it ("so-called 'rigid'") is not.
            quoted = sum(len(m.group(0).split()) for m in QUOTED.finditer(words))
            rest = len(QUOTED.sub("", words).split())
            attributed = quoted >= MIN_QUOTE_WORDS and 0 < rest < quoted
            if words and len(words) <= MAX_SENTENCE and not attributed:
                said_by = credit.group("credit").rstrip() if credit is not None else ""
                found.append(Sentence(f"\u201c{words}\u201d", block[0][0], quote=True, credit=said_by))
                part_of = block[0][0]
        joined = ""
        starts: list[tuple[int, int]] = []  # (offset in joined, line number)
        for number, body in block:
            if joined:
                joined += " "
            starts.append((len(joined), number))
            joined += body
        pieces = [part for start, piece in split_sentences(joined, unbroken) for part in _cut(start, piece)]
        for start, piece in pieces:
            piece = piece.strip()
            if piece:
                line = max(n for o, n in starts if o <= start)
                found.append(Sentence(piece, line, part_of=part_of))
    return found


def split_sentences(text: str, unbroken: Collection[str] = ()) -> list[tuple[int, str]]:
    """(offset, sentence) for each sentence of one paragraph of plain text, by the
    splitter the sources' evidence is cut with (cstofacts/sentences.py)."""
    from cstofacts.sentences import paragraph_sentences

    return [(start, text[start:end]) for start, end in paragraph_sentences(text, unbroken)] or [(0, text)]


# A "sentence" longer than this (a run of text with no sentence break) is cut
# at clause breaks, else at spaces: no claim is that long, and reading one
# costs time that grows faster than its length.
MAX_SENTENCE = 1000
_CLAUSE_BREAK = re.compile(r"[;:,]\s+|\s+(?:and|but|while|whereas)\s+|\s+")


def _cut(start: int, piece: str) -> list[tuple[int, str]]:
    """`piece` (at `start`) in parts of at most MAX_SENTENCE characters, cut at the
    last clause break (";", ",", "and") before the limit, else at the last space."""
    parts = []
    while len(piece) > MAX_SENTENCE:
        window = piece[: MAX_SENTENCE + 1]
        breaks = [m for m in _CLAUSE_BREAK.finditer(window) if m.start() > 0]
        clause = [m for m in breaks if not m.group().isspace()]
        chosen = (clause or breaks)[-1] if clause or breaks else None
        cut, resume = (chosen.start(), chosen.end()) if chosen else (MAX_SENTENCE, MAX_SENTENCE)
        parts.append((start, piece[:cut]))
        start, piece = start + resume, piece[resume:]
    parts.append((start, piece))
    return parts


def read_document(
    text: str,
    checkable: Callable[[str], bool],
    people: Callable[[str], list[str]] | None = None,
    unbroken: Collection[str] = (),
) -> Document:
    """The checkable sentences of a document (or the claims of JSONL), and the lines
    skipped; with `people` (who a sentence names), a pronoun is read as the person
    named just before it. A name in `unbroken` is never cut in two."""
    _guard(text)
    stripped = text.lstrip()
    if stripped.startswith("{"):
        return Document(claims_from_jsonl(text))
    skipped = [0]
    every = sentences(text, skipped, unbroken)
    if people is not None:
        from cstofacts.check.read.coreference import resolve

        every = resolve(every, people)
    found = [s for s in every if s.quote or checkable(s.checked or s.text)]
    return Document(found, skipped[0])


def claims_from_jsonl(text: str) -> list[Sentence]:
    """One `{"claim": ...}` object per line; blank lines are skipped."""
    _guard(text)
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except (ValueError, RecursionError):  # RecursionError: nested thousands deep
            raise InvalidInput(f'line {number}: not a JSON object (expected {{"claim": "..."}})') from None
        claim = doc.get("claim") if isinstance(doc, dict) else None
        if not isinstance(claim, str) or not claim.strip():
            raise InvalidInput(f'line {number}: expected {{"claim": "..."}} with a non-empty claim')
        found.append(Sentence(claim.strip(), number))
    return found


def _guard(text: str) -> None:
    if len(text) > MAX_DOCUMENT:
        raise InvalidInput(f"the document is {len(text):,} characters long; the limit is {MAX_DOCUMENT:,}")
    bad = control_at(text)
    if bad >= 0:
        raise InvalidInput(f"line {text.count(chr(10), 0, bad) + 1} holds control characters")
