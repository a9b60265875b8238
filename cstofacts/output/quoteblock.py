"""Quote blocks that paste into Markdown, HTML, LaTeX, reStructuredText or pandoc. No printing.

The quoted words are written exactly as stored, typographic quotes and
dashes included; only the characters each format treats as markup are
escaped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cstofacts.escape import safe
from cstofacts.models import Record
from cstofacts.output.citation import Citation, and_list, outlets, pandoc_cite
from cstofacts.output.markup import (
    html_escape,
    latex_escape,
    markdown_escape,
    pandoc_escape,
    rst_escape,
)
from cstofacts.quote_wording import where, whose
from cstofacts.quotes import Finding, Verification
from cstofacts.schema import BLOCK_FORMATS as BLOCK_FORMATS


@dataclass(frozen=True)
class QuoteItem:
    """A quote to print, with its search score when a query found it."""

    record: Record
    score: int | None = None

    @property
    def citation(self) -> Citation:
        return Citation(self.record.source, self.record)


# --- escaping -------------------------------------------------------------

# --- attribution ------------------------------------------------------------


def attribution(
    record: Record,
    *,
    escape: Callable[[str], str] = str,
    title: Callable[[str], str] = lambda t: f"“{t}”",
    outlet: Callable[[str], str] = str,
    with_source: bool = True,
    dash: bool = True,
) -> str:
    """Who said it and where: speaker, role, source title, author, outlet, date, outlets
    drawn on, paragraph; after a dash, as a quote block's last line (`dash=False`: a
    field of its own)."""
    source = record.source
    parts = [escape(p) for p in (record.speaker, record.role) if p]
    if with_source:
        written = "in " + title(escape(source.title))
        if source.author and source.author.strip():
            written += " by " + escape(source.author.strip())
        parts.append(written)
        names = [outlet(escape(n)) for n in outlets(source)]
        if source.outlet and names:
            parts.append(names.pop(0))
        if source.date:  # as the source gives it (ISO), so it reads the same in every format
            parts.append(escape(source.date))
        if names:  # what the source draws on: the interview's paper, the agency
            parts.append("via " + and_list(names))
        if record.locator is not None:
            parts.append(f"para. {record.locator.paragraph}")
    return ("— " if dash else "") + ", ".join(parts)


def _paragraphs(text: str) -> list[str]:
    """The quote's paragraphs, each on one line."""
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


# --- one block per format -----------------------------------------------------


def markdown_block(item: QuoteItem) -> str:
    lines = [f"> {markdown_escape(p)}" for p in _paragraphs(item.record.text)]
    credit = attribution(item.record, escape=markdown_escape, outlet=lambda o: f"*{o}*")
    return "\n>\n".join([*lines, f"> {credit}"])


def pandoc_block(item: QuoteItem) -> str:
    paragraphs = [pandoc_escape(p) for p in _paragraphs(item.record.text)]
    paragraphs[-1] += " " + pandoc_cite(item.citation)
    credit = attribution(item.record, escape=pandoc_escape, with_source=False)
    lines = [f"> {p}" for p in paragraphs] + ([f"> {credit}"] if credit != "— " else [])
    return "\n>\n".join(lines)


def text_block(item: QuoteItem) -> str:
    body = "\n\n".join(f"“{p}”" if i == 0 else p for i, p in enumerate(_paragraphs(item.record.text)))
    return f"{body}\n    {attribution(item.record)}"


def html_block(item: QuoteItem) -> str:
    source = item.record.source
    cite_attr = f' cite="{html_escape(source.url)}"' if source.url else ""
    body = "\n".join(f"    <p>{html_escape(p)}</p>" for p in _paragraphs(item.record.text))
    credit = attribution(
        item.record, escape=html_escape, title=lambda t: f"<cite>{t}</cite>", outlet=lambda o: f"<cite>{o}</cite>"
    )
    return (
        f'<figure class="quote">\n  <blockquote{cite_attr}>\n{body}\n  </blockquote>\n'
        f"  <figcaption>{credit}</figcaption>\n</figure>"
    )


def latex_block(item: QuoteItem) -> str:
    body = "\n\n".join(latex_escape(p) for p in _paragraphs(item.record.text))
    credit = attribution(
        item.record,
        escape=latex_escape,
        title=lambda t: f"\\enquote{{{t}}}",
        outlet=lambda o: f"\\emph{{{o}}}",
        dash=False,
    )
    credit = credit.replace("para. ", "para.~")
    # The braces keep a ] in the attribution from closing csquotes' optional argument.
    return f"\\blockquote[{{{credit}}}]{{{body}}}"


def biblatex_block(item: QuoteItem) -> str:
    """csquotes' block with biblatex's citation in place of the attribution, whose key
    `cite --format biblatex` writes the entry of; who said it goes in a comment
    above it, for the sentence that introduces the quote."""
    body = "\n\n".join(latex_escape(p) for p in _paragraphs(item.record.text))
    citation = item.citation
    where = f"[para.~{citation.paragraph}]" if citation.paragraph is not None else ""
    who = ", ".join(" ".join(p.split()) for p in (item.record.speaker, item.record.role) if p)
    comment = f"% record {item.record.id}" + (f": {who}" if who else "")
    return f"{comment}\n\\blockquote[{{\\autocite{where}{{{citation.key}}}}}]{{{body}}}"


def rst_block(item: QuoteItem) -> str:
    lines = [f"    {rst_escape(p)}" for p in _paragraphs(item.record.text)]
    credit = attribution(item.record, escape=rst_escape, outlet=lambda o: f"*{o}*")
    # A paragraph starting with an em dash ends a block quote as its attribution.
    return "\n\n".join([*lines, f"    {credit}"])


_BLOCKS: dict[str, Callable[[QuoteItem], str]] = {
    "markdown": markdown_block,
    "pandoc": pandoc_block,
    "text": text_block,
    "html": html_block,
    "latex": latex_block,
    "biblatex": biblatex_block,
    "rst": rst_block,
}


def quote_doc(item: QuoteItem) -> dict[str, object]:
    """A quote for `--format json`: the record, its citation and, from a query, its score."""
    citation = item.citation
    doc: dict[str, object] = {
        **item.record.to_dict(),
        "citation": {"key": citation.key, "paragraph": citation.paragraph, "pandoc": pandoc_cite(citation)},
        "attribution": attribution(item.record, dash=False),
    }
    if item.score is not None:
        doc["score"] = item.score
    return doc


def blocks(items: Sequence[QuoteItem], fmt: str) -> str:
    """Quotes as citable blocks in `fmt` (one of BLOCK_FORMATS), separated by a blank
    line and followed by one: `quote ... >> article.md` twice makes two blocks, not
    one quote run into the other's attribution."""
    if fmt == "json":
        from cstofacts.output.render import to_json

        return to_json([quote_doc(i) for i in items])
    if fmt == "rst":
        # An empty comment ends a block quote: without it reStructuredText reads
        # the next quote as more of this one.
        return safe("\n\n..\n\n".join(_BLOCKS[fmt](i) for i in items) + "\n\n..\n")
    return safe("\n\n".join(_BLOCKS[fmt](i) for i in items)) + "\n"


# --- quote --verify -------------------------------------------------------------


def diff_line(diff: Sequence[tuple[str, str, str]]) -> str:
    """A word diff in wdiff's notation: [-your words-]{+the source's+}."""
    parts = []
    for op, yours, source in diff:
        if op == "equal":
            parts.append(yours)
        elif op == "replace":
            parts.append(f"[-{yours}-]{{+{source}+}}")
        elif op == "delete":
            parts.append(f"[-{yours}-]")
        else:
            parts.append(f"{{+{source}+}}")
    return " ".join(parts)


def _finding_doc(finding: Finding) -> dict[str, object]:
    citation = Citation(finding.passage.source, None)
    paragraph = finding.passage.paragraph
    return {
        "source": finding.passage.source.summary(),
        "paragraph": paragraph,
        "words": finding.exact_words,
        "is_quote": finding.is_quote,
        "speakers": list(finding.speakers),
        "quotes": [r.id for r in finding.quotes],
        "reported": [r.id for r in finding.reported],
        "diff": [{"op": op, "yours": y, "source": s} for op, y, s in finding.diff if op != "equal"],
        "citation": {
            "key": citation.key,
            "paragraph": paragraph,
            "pandoc": f"[@{citation.key}, para. {paragraph}]" if paragraph else f"[@{citation.key}]",
        },
        "elided": finding.elided,
        "similarity": round(finding.score, 2),
    }


def verification(result: Verification, fmt: str, width: int | None = None) -> str:
    """The verdict of `quote --verify`: JSON, or a report whose quote block is in `fmt`.
    `width`: the report's own lines (the verdict, the differences, the records) wrap to
    it; the words to paste (a quote, "use instead", an elision) stay whole."""
    if fmt == "json":
        from cstofacts.output.render import to_json

        doc: dict[str, object] = {
            "verdict": result.verdict,
            "text": result.text,
            "speaker": result.speaker,
            "reason": result.reason,
            "finding": _finding_doc(result.finding) if result.finding else None,
            "closest": _finding_doc(result.closest) if result.closest else None,
        }
        return to_json(doc)
    lines = [f"{result.verdict}: {result.reason}"]
    finding = result.finding
    if finding is not None:
        lines += _found_lines(finding, fmt if fmt in _BLOCKS else "text")
    elif result.closest is not None and result.misattributed:
        lines += ["", "the words there:", f"  {result.closest.exact_words}"]
    elif result.closest is not None:
        closest = result.closest
        lines += ["", f"closest: {where(closest)}, {whose(closest)}:", f"  {closest.sentences}"]
    if width:
        lines = [
            _wrapped(line, width, first=i == 0, diff=i > 0 and lines[i - 1].startswith("differences"))
            for i, line in enumerate(lines)
        ]
    return safe("\n".join(lines))


# The report's own lines, which wrap, with the indent of what follows their first line.
_REPORT_LINES = (("record:  ", 9), ("cite:    ", 9), ("closest: ", 2))


def _wrapped(line: str, width: int, first: bool = False, diff: bool = False) -> str:
    """A report line (the verdict, the differences, a record, the closest passage's
    place) wrapped to `width` at spaces, with a hanging indent; a line of words to
    paste as it is."""
    import textwrap

    indent = 2 if first or diff else next((n for start, n in _REPORT_LINES if line.startswith(start)), None)
    if indent is None or len(line) <= width:
        return line
    return textwrap.fill(line, width, subsequent_indent=" " * indent, break_long_words=False, break_on_hyphens=False)


def _found_lines(finding: Finding, fmt: str) -> list[str]:
    paragraph = finding.passage.paragraph
    cite = f"[@{Citation(finding.passage.source).key}" + (f", para. {paragraph}]" if paragraph else "]")
    lines = [""]
    if finding.verdict != "EXACT":
        if any(op != "equal" for op, _y, _s in finding.diff):
            lines += ["differences ([-your words-] {+the source's+}):", f"  {diff_line(finding.diff)}", ""]
        # Words that are no one's quote are not to be quoted instead: they are shown, not offered.
        lines += ["use instead:" if finding.is_quote else "the source's words:", f"  {finding.exact_words}", ""]
        if finding.elided and finding.is_quote:
            lines += ["or mark what you left out:", f"  {finding.elided}", ""]
    if finding.is_quote and finding.verdict == "EXACT":
        lines += [blocks([QuoteItem(r) for r in finding.quotes], fmt), ""]
    elif finding.verdict == "EXACT":
        lines += ["words:", f"  {finding.exact_words}", ""]
    for record in finding.quotes + finding.reported:
        lines.append(f"record:  {record.id} ({record.kind}): {' '.join(record.text.split())}")
    lines.append(f"cite:    {cite}")
    return lines
