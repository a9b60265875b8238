"""An article's text from the bytes of a file: plain text and Markdown as written (the
markup taken out, hard-wrapped lines joined), a web page reduced to its article by
trafilatura. Bad input is one InvalidInput line (exit 2)."""

from __future__ import annotations

import re
from itertools import pairwise

from cstofacts.errors import InvalidInput

MAX_INPUT = 8 << 20  # bytes of a file: a saved page with its scripts and styles fits
MAX_ARTICLE = 1 << 20  # characters of article text: more is a book, not an article
# Fewer words than this left of a page is its furniture (menus, a cookie banner,
# links), not an article: trafilatura returns what it finds even then.
MIN_ARTICLE_WORDS = 40
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
# Signatures of files that are not text at all, named so that the error can say what they are.
SIGNATURES = {
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a ZIP archive (a Word or OpenDocument file?)",
    b"\x1f\x8b": "a gzip archive",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_HTML_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_TAGS = re.compile(r"<(?:p|div|article|body|br|span|h[1-6])\b[^>]*>", re.I)


def article_text(raw: bytes, name: str) -> str:
    """The article in `raw` (the bytes of the file `name`), as lines of paragraphs with
    blank lines between them."""
    if not raw.strip():
        raise InvalidInput(f"{name} is empty")
    kind = _binary_kind(raw)
    if kind:
        raise InvalidInput(f"{name} is {kind}, not text: give the article as plain text, Markdown or HTML")
    if _is_html(raw, name):
        text = _from_html(raw, name)
    else:
        text = _decode(raw, name)
        if not text.strip():
            raise InvalidInput(f"{name} is empty")
        text = _clean(text)
        if _is_markdown(text, name):
            from cstofacts.ingest.markdown import plain

            text = plain(text)
        else:
            text = unwrap(text)
    text = "\n\n".join(line.strip() for line in text.split("\n") if line.strip())
    if not re.search(r"\w", text):
        raise InvalidInput(f"{name} holds no words")
    if len(text) > MAX_ARTICLE:
        raise InvalidInput(f"{name} holds {len(text):,} characters of text; the limit of an article is {MAX_ARTICLE:,}")
    return text + "\n"


def _binary_kind(raw: bytes) -> str | None:
    for signature, kind in SIGNATURES.items():
        if raw.startswith(signature):
            return kind
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 with its byte-order mark: text
    head = raw[:65536]
    if b"\x00" in head:
        return "a binary file"
    controls = sum(1 for byte in head if byte < 32 and byte not in b"\t\n\r\x0c")
    return "a binary file" if controls > len(head) // 100 else None


def _decode(raw: bytes, name: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise InvalidInput(f"{name} is not valid UTF-16 text") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidInput(f"{name} is not UTF-8 text (byte {error.start:,}); save it as UTF-8") from None


def _clean(text: str) -> str:
    """Line breaks of every kind as "\\n" (a paragraph is a line, and str.splitlines would
    break at the others), tabs as spaces, and control characters out."""
    text = _LINE_BREAKS.sub("\n", text).replace("\t", " ").replace("\u00ad", "")
    return _CONTROLS.sub("", text)


def _is_html(raw: bytes, name: str) -> bool:
    if name.lower().endswith(HTML_SUFFIXES):
        return True
    head = raw[:4096].decode("utf-8", "replace")
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(head)) >= 3


def _is_markdown(text: str, name: str) -> bool:
    if name.lower().endswith(MARKDOWN_SUFFIXES):
        return True
    signs = (
        r"^#{1,6} \S",  # a heading
        r"^```",  # a code fence
        r"\[[^\]\n]+\]\([^)\s]+\)",  # a link
        r"\*\*[^*\n]+\*\*",  # bold
        r"^\s*\[[^\]]+\]:\s*\S",  # a link's definition
    )
    return sum(bool(re.search(sign, text, re.M)) for sign in signs) >= 1


def unwrap(text: str) -> str:
    """Plain text whose paragraphs are blocks of hard-wrapped lines (blank lines between
    them) with each block joined into one line; any other text as it is, a line a paragraph."""
    lines = text.split("\n")
    body = [line for line in lines if line.strip()]
    if len(body) < 4 or len(body) == len(lines) or max(len(line) for line in body) > 120:
        return text
    followed = sum(1 for a, b in pairwise(lines) if a.strip() and b.strip())
    if followed < len(body) * 0.3:
        return text
    return "\n".join(join_block(block) for block in re.split(r"\n\s*\n", text))


# A line that starts a paragraph of its own even inside a block: a list item, a
# dialogue dash, an interview's speaker label.
_OWN_LINE = re.compile(r"\s*(?:[-*+\u2022\u2013\u2014]\s|\d+[.)]\s|(?:Q|A|Question|Answer)\s*[:.]\s)")


def join_block(block: str) -> str:
    """The lines of one block as paragraphs: joined, but for lines that open one of their own."""
    paragraphs: list[str] = []
    for line in block.split("\n"):
        if not line.strip():
            continue
        if paragraphs and not _OWN_LINE.match(line):
            paragraphs[-1] = paragraphs[-1].rstrip() + " " + line.strip()
        else:
            paragraphs.append(line.strip())
    return "\n".join(paragraphs)


def _from_html(raw: bytes, name: str) -> str:
    """The article of a web page, through trafilatura (the html extra)."""
    try:
        import trafilatura
    except ImportError:
        raise InvalidInput(
            f"{name} is a web page (HTML): reading one needs trafilatura: pip install 'cstofacts[html]'"
        ) from None
    import logging

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # its own notes are not the user's business
    try:
        extracted = trafilatura.extract(
            raw, output_format="txt", include_comments=False, include_tables=False, include_images=False
        )
    except (ValueError, TypeError):  # what lxml raises of a document it cannot parse at all
        extracted = None
    words = len(re.findall(r"\w+", extracted or ""))
    if not extracted or words < MIN_ARTICLE_WORDS:
        raise InvalidInput(
            f"{name} is a web page without an article: {words} words of text found "
            f"(at least {MIN_ARTICLE_WORDS}); save the article's own page, or paste its text"
        )
    return _clean(extracted)
