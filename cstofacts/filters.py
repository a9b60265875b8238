"""The filters shared by the listing commands: kind, speaker, source, date range."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from cstofacts.dates import DateValue, record_bounds, within_range
from cstofacts.models import Entity, Record
from cstofacts.text import words

if TYPE_CHECKING:
    from cstofacts.index import SearchIndex

# A speaker filter forgives a typo or two in a surname ("Tasmagambetov").
SPEAKER_SIMILARITY = 85


def entity_names(entities: Iterable[Entity]) -> dict[str, tuple[str, ...]]:
    """Canonical name -> every name it goes by."""
    return {entity.name: entity.names for entity in entities}


def name_matches(wanted: str, names: Sequence[str]) -> bool:
    """True when every word of `wanted` is (nearly) a word of one of `names`."""
    from thefuzz import fuzz

    wanted_words = words(wanted)
    if not wanted_words:
        return False
    for name in names:
        name_words = words(name)
        if all(
            any(w == n or (len(w) > 3 and fuzz.ratio(w, n) >= SPEAKER_SIMILARITY) for n in name_words)
            for w in wanted_words
        ):
            return True
    return False


class Filters(NamedTuple):
    kind: str | None = None
    speaker: str | None = None
    source: str | None = None
    date_from: DateValue | None = None
    date_to: DateValue | None = None

    @property
    def dated_only(self) -> bool:
        return self.date_from is not None or self.date_to is not None

    def describe(self) -> str:
        """The filters as the options that set them, for messages."""
        given = [
            ("--kind", self.kind),
            ("--speaker", self.speaker),
            ("--source", self.source),
            ("--from", self.date_from.iso if self.date_from else None),
            ("--to", self.date_to.iso if self.date_to else None),
        ]
        return " ".join(f"{option} {value}" for option, value in given if value)

    @property
    def active(self) -> bool:
        return any((self.kind, self.speaker, self.source, self.dated_only))

    def positions(self, index: SearchIndex) -> set[int]:
        """Positions in the search index of the records these filters keep."""
        speakers = None
        if self.speaker:
            aliases = entity_names(index.entities)
            speakers = {s for s in index.speakers if name_matches(self.speaker, aliases.get(s, (s,)))}
        return index.positions(
            kind=self.kind,
            source=self.source,
            speakers=speakers,
            dated_within=self.ordinal_range() if self.dated_only else None,
        )

    def apply(self, records: Iterable[Record], entities: Iterable[Entity] = ()) -> list[Record]:
        aliases = entity_names(entities) if self.speaker else {}
        return [r for r in records if self._keeps(r, aliases)]

    def _keeps(self, record: Record, aliases: dict[str, tuple[str, ...]]) -> bool:
        if self.kind and record.kind != self.kind:
            return False
        if self.source and record.source.id != self.source:
            return False
        if self.speaker:
            if not record.speaker:
                return False
            if not name_matches(self.speaker, aliases.get(record.speaker, (record.speaker,))):
                return False
        if self.dated_only:
            bounds = record_bounds(record.date, record.date_end)
            if bounds is None:
                return False
            return within_range(bounds[0].toordinal(), bounds[1].toordinal(), *self.ordinal_range())
        return True

    def ordinal_range(self) -> tuple[int | None, int | None]:
        """--from and --to as the first and last day (ordinals) they allow."""
        return (
            self.date_from.bounds()[0].toordinal() if self.date_from else None,
            self.date_to.bounds()[1].toordinal() if self.date_to else None,
        )
