"""Citations of records and sources: keys, biblatex, CSL-JSON, Markdown and plain text.

Only what a source gives is written: a source without an author, outlet,
date or URL gets no such field, never a guess.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cstofacts.models import Record, Source
from cstofacts.output.markup import latex_escape
from cstofacts.schema import CITE_FORMATS as CITE_FORMATS
from cstofacts.text import ascii_words

_CYRILLIC_WORD = re.compile(r"^[\u0400-\u04ff\-]+$")


@dataclass(frozen=True)
class Citation:
    """What one cited id stands for: its source, and for a record its paragraph."""

    source: Source
    record: Record | None = None

    @property
    def key(self) -> str:
        return source_key(self.source)

    @property
    def paragraph(self) -> int | None:
        if self.record is None or self.record.locator is None:
            return None
        return self.record.locator.paragraph


def ascii_slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: 'Арестова Т.' -> 'arestova-t'."""
    return "-".join(ascii_words(text))


def source_key(source: Source) -> str:
    """The citation key of a source: its id when that is already an ASCII slug.

    Any other id is slugged and given a short hash of the id, so two ids that
    slug alike still get different keys, and a key never changes between runs.
    """
    slug = ascii_slug(source.id)
    if slug == source.id:
        return slug
    digest = hashlib.sha1(source.id.encode("utf-8")).hexdigest()[:6]
    return f"{slug or 'source'}-{digest}"


def pandoc_cite(citation: Citation) -> str:
    """A pandoc citation: `[@key, para. N]`, or `[@key]` without a paragraph."""
    if citation.paragraph is None:
        return f"[@{citation.key}]"
    return f"[@{citation.key}, para. {citation.paragraph}]"


def split_name(name: str) -> dict[str, str]:
    """A CSL name as printed: family and given, or a literal when the parts are unclear.

    "Family, Given" is split at the comma. A Cyrillic byline puts the family
    name first ("Арестова Татьяна"); a Latin one puts it last.
    """
    name = " ".join(name.split())
    if "," in name:
        family, _, given = name.partition(",")
        return {"family": family.strip(), "given": given.strip()}
    parts = name.split(" ")
    if len(parts) < 2:
        return {"literal": name}
    if all(_CYRILLIC_WORD.match(p) for p in parts):
        return {"family": parts[0], "given": " ".join(parts[1:])}
    return {"family": parts[-1], "given": " ".join(parts[:-1])}


def _date_parts(value: str | None) -> list[int] | None:
    """[year, month, day] at the precision the date gives, for CSL's date-parts."""
    from cstofacts.dates import parse_iso

    try:
        date = parse_iso(value or "")
    except ValueError:
        return None
    return [part for part in (date.year, date.month, date.day) if part]


def outlets(source: Source) -> list[str]:
    """Who published or reported the source: its outlet, then the outlets reporting it."""
    names = [source.outlet] if source.outlet else []
    return names + [n for n in source.reported_by if n and n not in names]


def container(source: Source) -> str | None:
    """Where the source appeared, for a bibliography's journaltitle / container-title:
    its outlet, or none. The outlets in `reported_by` are what the source draws on
    (the agency that carried an interview, the portal of the article it sums up),
    not where the source itself appeared, so they never stand in for it."""
    return source.outlet or None


def based_on(source: Source) -> list[str]:
    """The outlets the source's text names as carrying what it reports."""
    return [n for n in source.reported_by if n and n != source.outlet]


# Where a title's first part ends: a colon, a dash, a comma, a question mark.
_TITLE_BREAK = re.compile(r":\s|\s[—–-]\s|,\s|\?\s")
_SHORT_WORDS = 5  # Chicago's short titles run to four words or so, an initial article dropped
_TRAILING = frozenset("a an and as at by for from in its of on or the to with".split())


def short_title(title: str) -> str:
    """A short title for in-text citations of an authorless source: the title up to
    its first break (colon, dash, comma), an initial article dropped, at most five
    words, no function word left dangling at the end. 'CSTO Positions on Security,
    Cooperation, and Regional Stability' -> 'CSTO Positions on Security'."""
    words = _TITLE_BREAK.split(" ".join(title.split()), maxsplit=1)[0].split(" ")
    if len(words) > 2 and words[0].lower() in ("a", "an", "the"):
        words = words[1:]
    words = words[:_SHORT_WORDS]
    while len(words) > 1 and words[-1].lower() in _TRAILING:
        words.pop()
    return " ".join(words).rstrip(".;") or title


def is_newspaper(source: Source) -> bool:
    """A source that names the paper or agency it appeared in; any other is a web page
    of no named outlet (the five bundled pages are such)."""
    return container(source) is not None


def and_list(items: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def csl_item(citation: Citation) -> dict[str, object]:
    """A CSL-JSON item for a bibliography: `article-newspaper` with its outlet as
    container-title, or `webpage` with a genre that names what the page draws on
    ("Web page based on BelTA"), which pandoc's default style prints.

    A record's paragraph is not part of the item: a locator belongs to a
    citation (`[@key, para. N]`), not to the work cited.
    """
    source = citation.source
    newspaper = is_newspaper(source)
    item: dict[str, object] = {
        "id": citation.key,
        "type": "article-newspaper" if newspaper else "webpage",
        "title": source.title,
        "title-short": short_title(source.title),
    }
    if source.author and source.author.strip():  # a blank byline is no author
        item["author"] = [split_name(source.author)]
    if newspaper:
        item["container-title"] = container(source)
    parts = _date_parts(source.date)
    if parts:
        item["issued"] = {"date-parts": [parts]}
    if source.url:
        item["URL"] = source.url
    reported = based_on(source)
    if not newspaper:
        item["genre"] = "Web page" + (f" based on {and_list(reported)}" if reported else "")
    elif reported:
        item["note"] = f"Based on {and_list(reported)}"
    return item


def csl_json(citations: Sequence[Citation]) -> str:
    """One CSL-JSON array, one item per key: what `pandoc --bibliography` reads.

    Records of one source share its key, and so its one item.
    """
    items: dict[str, dict[str, object]] = {}
    for citation in citations:
        items.setdefault(citation.key, csl_item(citation))
    return json.dumps(list(items.values()), indent=2, ensure_ascii=False)


def bibtex_entry(citation: Citation) -> str:
    """A biblatex entry (no comment line for a record): `@article` with
    `entrysubtype = {newspaper}` and its `journaltitle` for a source that names its
    outlet, else `@online`; with a `shorttitle` for in-text citations."""
    source = citation.source
    newspaper = is_newspaper(source)
    fields = [("entrysubtype", "newspaper")] if newspaper else []
    if source.author and source.author.strip():  # a blank byline is no author
        name = split_name(source.author)
        author = name["literal"] if "literal" in name else f"{name['family']}, {name['given']}"
        fields.append(("author", latex_escape(author)))
    fields.append(("title", "{" + latex_escape(source.title) + "}"))  # braces: keep its case
    fields.append(("shorttitle", "{" + latex_escape(short_title(source.title)) + "}"))
    if newspaper:
        fields.append(("journaltitle", latex_escape(container(source) or "")))
    if _date_parts(source.date):
        fields.append(("date", source.date or ""))
    if source.url:
        fields.append(("url", source.url))
    reported = based_on(source)
    if reported:
        fields.append(("note", latex_escape(f"Based on {and_list(reported)}")))
    body = "".join(f"  {name} = {{{value}}},\n" for name, value in fields)
    return f"@{'article' if newspaper else 'online'}{{{citation.key},\n{body}}}"


def autocite_comment(citation: Citation) -> str:
    """`% record ID: \\autocite[para.~N]{key}`: how to cite a record (a comment to BibTeX and biber)."""
    assert citation.record is not None
    where = f"[para.~{citation.paragraph}]" if citation.paragraph is not None else ""
    return f"% record {citation.record.id}: \\autocite{where}{{{citation.key}}}"


def bibtex(citations: Sequence[Citation]) -> str:
    """biblatex entries, one per key, in the order the keys first come.

    Each cited record gets a comment line above its source's entry with the
    `\\autocite` that cites it, paragraph and all; an entry is never repeated.
    """
    entries: dict[str, Citation] = {}
    comments: dict[str, list[str]] = {}
    for citation in citations:
        entries.setdefault(citation.key, citation)
        lines = comments.setdefault(citation.key, [])
        if citation.record is not None and (line := autocite_comment(citation)) not in lines:
            lines.append(line)
    return "\n\n".join("".join(f"{line}\n" for line in comments[key]) + bibtex_entry(entries[key]) for key in entries)


def reference(
    citation: Citation,
    *,
    escape: Callable[[str], str] = str,
    emphasis: Callable[[str], str] = str,
    link: Callable[[str], str] = str,
) -> str:
    """A reference in words: author, “title”, outlet, who reported it, paragraph."""
    source = citation.source
    parts = []
    if source.author and source.author.strip():
        parts.append(escape(source.author.strip()) + ".")
    title = escape(source.title)
    parts.append(f"“{title}”" if title[-1:] in ".?!" else f"“{title}.”")
    if source.outlet:
        parts.append(emphasis(escape(source.outlet)) + ".")
    if source.date:
        parts.append(escape(source.date) + ".")
    reported = based_on(source)
    if reported:
        parts.append("Based on " + and_list([emphasis(escape(r)) for r in reported]) + ".")
    if source.url:
        parts.append(link(source.url) + ".")
    if citation.paragraph is not None:
        parts.append(f"Paragraph {citation.paragraph}.")
    return " ".join(parts)


def _markdown_link(url: str) -> str:
    """An autolink, which takes the URL as it stands; escaped text when it cannot."""
    from cstofacts.output.markup import markdown_escape

    return f"<{url}>" if not re.search(r"[\s<>]", url) else markdown_escape(url)


def render(citations: Sequence[Citation], fmt: str) -> str:
    """Citations in one of CITE_FORMATS."""
    if fmt == "csl-json":
        return csl_json(citations)
    if fmt in ("bibtex", "biblatex"):
        return bibtex(citations)
    if fmt == "markdown":
        from cstofacts.output.markup import markdown_escape

        return "\n\n".join(
            reference(c, escape=markdown_escape, emphasis=lambda s: f"*{s}*", link=_markdown_link) for c in citations
        )
    if fmt == "html":
        from cstofacts.output.markup import html_escape

        return "\n".join(
            "<p>"
            + reference(
                c,
                escape=html_escape,
                emphasis=lambda s: f"<i>{s}</i>",
                link=lambda u: f'<a href="{html_escape(u)}">{html_escape(u)}</a>',
            )
            + "</p>"
            for c in citations
        )
    return "\n".join(reference(c) for c in citations)
