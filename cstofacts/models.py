"""The store's three kinds of document as plain, immutable values.

NamedTuples rather than dataclasses: they are as immutable and build in a
tenth of the time, and every command pays for building these classes. No
`from __future__ import annotations` here: typing compiles each string
annotation of a NamedTuple's fields, which would double that time; so the
methods' own class names are quoted.
"""

from typing import Any, NamedTuple

from cstofacts.schema import ENTITY_TYPES as ENTITY_TYPES
from cstofacts.schema import KINDS as KINDS


class Source(NamedTuple):
    id: str
    title: str
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    date: str | None = None
    reported_by: tuple[str, ...] = ()
    note: str | None = None
    file: str | None = None
    origin: str = "bundled"
    # The article's own text, for a source of the user's own added with `source add`
    # (the bundled texts are files: `file`).
    text: str | None = None

    @property
    def outlets(self) -> set[str]:
        """The outlets that published or reported the source: its own and those it was reported by."""
        return {n for n in (self.outlet, *self.reported_by) if n}

    @classmethod
    def from_doc(cls, doc: dict[str, Any], origin: str = "bundled") -> "Source":
        return cls(
            id=doc["id"],
            title=doc["title"],
            author=doc.get("author"),
            outlet=doc.get("outlet"),
            url=doc.get("url"),
            date=doc.get("date"),
            reported_by=tuple(doc.get("reported_by") or ()),
            note=doc.get("note"),
            file=doc.get("file"),
            origin=origin,
            text=doc.get("text"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The full source, as `sources --format json` prints it."""
        return {
            "id": self.id,
            "title": self.title,
            "author": self.author,
            "outlet": self.outlet,
            "url": self.url,
            "date": self.date,
            "reported_by": list(self.reported_by),
            "note": self.note,
            "origin": self.origin,
        }

    def to_doc(self) -> dict[str, Any]:
        """The source as the store holds it."""
        doc = self.to_dict()
        del doc["origin"]
        doc["file"] = self.file
        if self.text is not None:
            doc["text"] = self.text
        return doc

    def summary(self) -> dict[str, Any]:
        """The source as embedded in a record (the contract's four keys)."""
        return {"id": self.id, "title": self.title, "author": self.author, "outlet": self.outlet}


class Entity(NamedTuple):
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    description: str | None = None
    origin: str = "bundled"

    @classmethod
    def from_doc(cls, doc: dict[str, Any], origin: str = "bundled") -> "Entity":
        return cls(
            name=doc["name"],
            type=doc["type"],
            aliases=tuple(doc.get("aliases") or ()),
            role=doc.get("role"),
            description=doc.get("description"),
            origin=origin,
        )

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "role": self.role,
            "description": self.description,
        }


class Locator(NamedTuple):
    """Where the evidence stands: its paragraph and character offsets into the source
    text, and where the record's highlight (a narrower phrase inside it) stands."""

    paragraph: int
    start: int
    end: int
    highlight_start: int | None = None
    highlight_end: int | None = None

    @property
    def focus(self) -> tuple[int, int]:
        """(start, end) of the words the record is about: its highlight, else its evidence."""
        if self.highlight_start is not None and self.highlight_end is not None:
            return self.highlight_start, self.highlight_end
        return self.start, self.end

    def to_dict(self) -> dict[str, int | None]:
        return {
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "highlight_start": self.highlight_start,
            "highlight_end": self.highlight_end,
        }


class Record(NamedTuple):
    id: str
    kind: str
    text: str
    source: Source
    date: str | None = None
    date_end: str | None = None
    date_implied: bool = False
    place: str | None = None
    speaker: str | None = None
    role: str | None = None
    entities: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    locator: Locator | None = None
    evidence: str | None = None
    origin: str = "bundled"
    period: str | None = None  # the time a document covers or an article analyses: "2026/2030"
    highlight: str | None = None  # a phrase inside the evidence worth marking

    @classmethod
    def from_doc(cls, doc: dict[str, Any], sources: dict[str, Source], origin: str = "bundled") -> "Record":
        source_id = doc.get("source")
        source = sources.get(source_id) if isinstance(source_id, str) else None
        if source is None:
            source = Source(id=str(source_id), title="(unknown source)", origin=origin)
        locator = doc.get("locator")
        return cls(
            id=doc["id"],
            kind=doc["kind"],
            text=doc["text"],
            source=source,
            date=doc.get("date"),
            date_end=doc.get("date_end"),
            date_implied=bool(doc.get("date_implied")),
            place=doc.get("place"),
            speaker=doc.get("speaker"),
            role=doc.get("role"),
            entities=tuple(doc.get("entities") or ()),
            topics=tuple(doc.get("topics") or ()),
            locator=Locator(**locator) if isinstance(locator, dict) else None,
            evidence=doc.get("evidence"),
            origin=origin,
            period=doc.get("period"),
            highlight=doc.get("highlight"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The record as every `--format json` output shows it (see CONTRACT.md)."""
        return {
            "id": self.id,
            "kind": self.kind,
            "text": self.text,
            "date": self.date,
            "date_end": self.date_end,
            "date_implied": self.date_implied,
            "period": self.period,
            "place": self.place,
            "speaker": self.speaker,
            "role": self.role,
            "entities": list(self.entities),
            "topics": list(self.topics),
            "source": self.source.summary(),
            "locator": self.locator.to_dict() if self.locator else None,
            "evidence": self.evidence,
            "highlight": self.highlight,
            "origin": self.origin,
        }

    def to_doc(self) -> dict[str, Any]:
        """The record as the store holds it: the source by id."""
        doc = self.to_dict()
        doc["source"] = self.source.id
        del doc["origin"]
        return doc
