"""A Datasette metadata file for an exported database: what the data is, where it
comes from, its licence, and what every table and column holds."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from cstofacts import __version__
from cstofacts.errors import CstofactsError
from cstofacts.models import Source
from cstofacts.store import Store

TITLE = "CSTO facts"
# The records are the package's own data, under its licence (pyproject.toml);
# the evidence and quotes in them are short excerpts of the articles cited.
LICENSE, LICENSE_URL = "MIT", "https://opensource.org/licenses/MIT"

RECORD_COLUMNS = {
    "id": "A stable, readable slug: `cstofacts show ID` prints the record.",
    "kind": "fact (a statement or a position, in our words), quote (the speaker's own words, verbatim) "
    "or event (something that happened).",
    "text": "The record: for a quote, exactly the source's words.",
    "date": "When it happened or was done, ISO 8601 at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD.",
    "date_end": "The end of a range of dates (the same precisions), else empty.",
    "date_precision": "year, month or day: how finely the source dates it. A year is not a day.",
    "date_implied": "1 when the year comes from the paragraph around the date rather than beside it.",
    "first_day": "The first day the date can mean (2023 -> 2023-01-01), for sorting and ranges.",
    "last_day": "The last day the date (or its range) can mean (2023 -> 2023-12-31).",
    "period": "The time a document covers or an article analyses (ISO 8601 interval, 2026/2030); not when it happened.",
    "place": "Where it happened.",
    "speaker": "Whose words or position it is, as the source says.",
    "role": "The speaker's role when the source gives it.",
    "topics": "Topics, a JSON array.",
    "source": "The source article (sources.id).",
    "paragraph": "The paragraph of the source: the N-th non-blank line of its text, the title line included.",
    "evidence_start": "Where the evidence starts in the source text (characters).",
    "evidence_end": "Where the evidence ends in the source text (characters).",
    "highlight_start": "Where the highlight starts in the source text (characters).",
    "highlight_end": "Where the highlight ends in the source text (characters).",
    "evidence": "Whole sentences of the source, verbatim, that support the record.",
    "highlight": "The narrower words of the evidence the record is about.",
    "origin": "bundled (shipped with cstofacts), user (your own records) or db (a --db store).",
}
SOURCE_COLUMNS = {
    "id": "The source's id, as records cite it.",
    "title": "The article's title.",
    "author": "Its author, when the article names one.",
    "outlet": "Where it appeared, when the article says so.",
    "url": "Its address, when known.",
    "date": "Its date of publication, when the article prints one.",
    "reported_by": "The outlets it draws on (a JSON array).",
    "note": "What the source is, in a sentence or two.",
    "origin": "bundled, user or db.",
}
ENTITY_COLUMNS = {
    "name": "The canonical name.",
    "type": "person, organization, state, place, exercise, outlet, document or award.",
    "role": "A person's role, as the sources give it.",
    "description": "What it is.",
    "origin": "bundled, user or db.",
}


def metadata(db_name: str, store: Store) -> dict[str, Any]:
    """Datasette's metadata for the database `db_name` (its file name without .db)."""
    sources = list(store.sources.values())
    tables = {
        "records": {
            "description": "Facts, quotes and dated events, each with the verbatim evidence it rests on and "
            "where that stands in its source. Search covers text, evidence, speaker and place.",
            "columns": RECORD_COLUMNS,
            "fts_table": "records_fts",
            "facets": ["kind", "source", "date_precision"],
        },
        "sources": {
            "description": "The articles and interviews the records come from: "
            + "; ".join(_source_text(s) for s in sources),
            "description_html": "<p>The articles and interviews the records come from:</p><ul>"
            + "".join(f"<li>{escape(_source_text(s))}</li>" for s in sources)
            + "</ul>",
            "columns": SOURCE_COLUMNS,
            "label_column": "title",
        },
        "entities": {
            "description": "People, organisations, states, places, exercises, outlets, documents and awards "
            "the records name.",
            "columns": ENTITY_COLUMNS,
        },
        "aliases": {
            "description": "The other names of each entity: translations, spellings, abbreviations.",
            "columns": {"entity": "The entity (entities.name).", "alias": "Another name it goes by."},
        },
        "record_entities": {
            "description": "Which entities each record names.",
            "columns": {"record": "The record (records.id).", "entity": "An entity it names (entities.name)."},
        },
    }
    return {
        "title": TITLE,
        "description": (
            "Facts, quotes and dated events about the Collective Security Treaty Organization (CSTO), each "
            "pointing to the paragraph and characters of the article it comes from, exported by cstofacts "
            f"{__version__}. The evidence and quotes are short excerpts of the articles cited, whose "
            "copyright stays with their publishers."
        ),
        "license": LICENSE,
        "license_url": LICENSE_URL,
        "source": f"{len(sources)} articles and interviews, listed in the sources table",
        "databases": {db_name: {"tables": tables}},
    }


def _source_text(source: Source) -> str:
    parts = [source.title]
    if source.author:
        parts.append(f"by {source.author}")
    if source.outlet:
        parts.append(source.outlet)
    if source.reported_by:
        parts.append("drawing on " + ", ".join(source.reported_by))
    text = f"{source.id}: " + ", ".join(parts)
    return f"{text}. {source.note}" if source.note else text


def write_metadata(path: Path, db_name: str, store: Store) -> None:
    """Write the metadata as JSON (what `datasette DB -m PATH` reads)."""
    import json

    try:
        path.write_text(json.dumps(metadata(db_name, store), indent=2, ensure_ascii=False) + "\n", "utf-8")
    except OSError as error:
        from cstofacts.escape import safe

        raise CstofactsError(f"cannot write {safe(str(path))}: {error.strerror or error}") from None
