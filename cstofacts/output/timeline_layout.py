"""Where everything of the timeline picture goes: the date axis, a mark for each
record (a point for a day, a bar for a month, a year or a range), and its label,
wrapped and stacked so that no two labels overlap. Geometry only; drawing is
timeline_picture's job."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from cstofacts.dates import DateValue, parse_iso
from cstofacts.models import Record
from cstofacts.output.textwidth import Run, wrap_runs

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

WIDTH = 720  # viewBox units: 190 mm across A4's printable width, so 13 units print at 9 pt
MARGIN = 16
FONT = 13
LINE = 17  # the distance between lines of a label
GAP = 7  # the least room between two labels
AXIS_X = 64
LANE_STEP, BAR_WIDTH = 11, 8
MAX_LANES = 8
GLYPH = 16  # room for the kind's shape before a label's words
BASELINE = LINE - 4  # from a line's top to its baseline
MIDLINE = BASELINE - FONT * 0.35  # from a label's top to the middle of its first line
MIN_YEAR_HEIGHT, MIN_AXIS = 60, 480


class Mark(NamedTuple):
    """One record on the axis: the days it covers and where its label stands."""

    record: Record
    first: date
    last: date
    coarse: bool  # one date given only to the month or the year: a bar, never a day
    lane: int  # 0: a point on the axis; 1 and up: a bar beside it
    anchor: float  # y where the mark's leader leaves it
    label_top: float
    lines: list[list[Run]]

    @property
    def is_span(self) -> bool:
        return self.lane > 0


class Tick(NamedTuple):
    y: float
    label: str | None  # None: a small tick (a month, or a year left unlabelled)


class Scale(NamedTuple):
    """Days to y: each year the same height, each day its share of its year."""

    top: float
    first_year: int
    year_height: float

    def y(self, day: date, end_of_day: bool = False) -> float:
        """The top of `day`, or its bottom with `end_of_day` (where a bar ending on it stops)."""
        days_in_year = 366 if _leap(day.year) else 365
        offset = (day.toordinal() - date(day.year, 1, 1).toordinal() + end_of_day) / days_in_year
        return self.top + (day.year - self.first_year + offset) * self.year_height


class Layout(NamedTuple):
    marks: list[Mark]
    ticks: list[Tick]
    lane_count: int
    label_x: float
    plot_top: float
    axis_bottom: float
    height: float
    scale: Scale


def date_label(record: Record) -> str:
    """The record's date as a reader says it, at the precision the source gives:
    `2023`, `January 2022`, `31 March 2025`, `September–October 2022`."""
    if not record.date:
        return ""
    start = parse_iso(record.date)
    end = parse_iso(record.date_end) if record.date_end else None
    text = _one_date(start) if end is None else _range(start, end)
    return f"{text} (year from context)" if record.date_implied else text


def _one_date(value: DateValue) -> str:
    if value.day and value.month:
        return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"
    if value.month:
        return f"{_MONTHS[value.month - 1]} {value.year}"
    return str(value.year)


def _range(start: DateValue, end: DateValue) -> str:
    """A range said once where its ends share a year or a month."""
    both = start.precision if start.precision == end.precision else None
    if both == "year":
        return f"{start.year}–{end.year}"
    if both == "month" and start.year == end.year and start.month and end.month:
        return f"{_MONTHS[start.month - 1]}–{_MONTHS[end.month - 1]} {start.year}"
    if both == "day" and (start.year, start.month) == (end.year, end.month) and start.month:
        return f"{start.day}–{end.day} {_MONTHS[start.month - 1]} {start.year}"
    return f"{_one_date(start)} – {_one_date(end)}"


def record_words(record: Record) -> str:
    """What the timeline says of a record: its words (a quote in quote marks), then whose they are."""
    words = f"“{record.text}”" if record.kind == "quote" else record.text
    return f"{words} — {record.speaker}" if record.speaker else words


def label_runs(record: Record) -> list[Run]:
    """What a label says: its date in bold (in italics when the year is implied), then its words."""
    return [Run(date_label(record), bold=True, italic=record.date_implied), Run(record_words(record))]


def layout(records: Sequence[Record], top: float) -> Layout:
    """Positions for `records` (each with a usable date) below `top`."""
    spans = [_days(r) for r in records]
    lanes, lane_count = _lanes(spans, [r.kind for r in records])
    label_x = AXIS_X + 10 + lane_count * LANE_STEP + 24
    text_room = WIDTH - MARGIN - label_x - GLYPH
    wrapped = [wrap_runs(label_runs(r), text_room, FONT) for r in records]
    heights = [len(lines) * LINE for lines in wrapped]

    first_year = min(first for first, _ in spans).year
    last_year = max(last for _, last in spans).year
    years = last_year - first_year + 1
    # Room enough that the labels need not drift far from their dates; and a
    # few years at least a finger's height each, many years no taller than a page.
    year_height = max(min(MIN_YEAR_HEIGHT, MIN_AXIS / years), (sum(heights) + GAP * len(records)) / years)
    scale = Scale(top, first_year, year_height)
    anchors = []
    for (first, last), lane in zip(spans, lanes):
        anchors.append(scale.y(first) if lane == 0 else (scale.y(first) + scale.y(last, True)) / 2)
    order = sorted(range(len(records)), key=lambda i: (anchors[i], spans[i], records[i].id))
    # The first line of a label stands level with its mark.
    ideal = [anchors[i] - MIDLINE for i in order]
    tops = _stack(ideal, [heights[i] for i in order], top)
    marks = [
        Mark(records[i], spans[i][0], spans[i][1], _coarse(records[i]), lanes[i], anchors[i], label_top, wrapped[i])
        for i, label_top in zip(order, tops)
    ]
    axis_bottom = top + years * year_height
    labels_bottom = max(m.label_top + len(m.lines) * LINE for m in marks)
    return Layout(
        marks, _ticks(scale, years), lane_count, label_x, top, axis_bottom, max(axis_bottom, labels_bottom), scale
    )


def _days(record: Record) -> tuple[date, date]:
    first = parse_iso(record.date or "").bounds()
    last = parse_iso(record.date_end).bounds() if record.date_end else first
    return first[0], last[1]


def _coarse(record: Record) -> bool:
    return record.date_end is None and parse_iso(record.date or "").precision != "day"


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _lanes(spans: Sequence[tuple[date, date]], kinds: Sequence[str]) -> tuple[list[int], int]:
    """Lane 0 for a single day; bars that overlap in time side by side in lanes
    1, 2, ... (at most MAX_LANES: past that, bars share the lane free soonest).
    Records of one kind over the same days share one bar."""
    lanes = [0] * len(spans)
    ends: list[date] = []  # the last day taken in each lane
    shared: dict[tuple[date, date, str], int] = {}
    for i in sorted(range(len(spans)), key=lambda i: (spans[i], kinds[i])):
        first, last = spans[i]
        if first == last:
            continue
        if (first, last, kinds[i]) in shared:
            lanes[i] = shared[first, last, kinds[i]]
            continue
        free = [lane for lane, end in enumerate(ends) if end < first]
        if free:
            lane = free[0]
        elif len(ends) < MAX_LANES:
            ends.append(last)
            lane = len(ends) - 1
        else:
            lane = min(range(len(ends)), key=lambda lane: ends[lane])
        ends[lane] = max(ends[lane], last)
        lanes[i] = shared[first, last, kinds[i]] = lane + 1
    return lanes, len(ends)


class _Cluster:
    """Labels stacked edge to edge (GAP apart) and placed as one."""

    __slots__ = ("count", "first", "height", "wanted")

    def __init__(self, first: int, wanted: float, height: float) -> None:
        self.first, self.count, self.height = first, 1, height
        self.wanted = wanted  # the sum, over members, of where each would put the cluster's top

    def top(self, least: float) -> float:
        return max(least, self.wanted / self.count)

    def absorb(self, other: _Cluster) -> None:
        shift = self.height + GAP  # where the other's members now stand below this top
        self.wanted += other.wanted - other.count * shift
        self.count += other.count
        self.height += GAP + other.height


def _stack(ideal: Sequence[float], heights: Sequence[float], top: float) -> list[float]:
    """The tops of labels kept in order, as near their ideal tops as they can
    stand without overlapping (at least GAP apart) or rising above `top`.

    Labels that would overlap form a cluster, placed where its members' ideal
    positions average out; clusters that then overlap merge (the pool-adjacent-
    violators algorithm: least squares under the order)."""
    clusters: list[_Cluster] = []
    for index, (wanted, height) in enumerate(zip(ideal, heights)):
        clusters.append(_Cluster(index, wanted, height))
        while len(clusters) > 1 and clusters[-2].top(top) + clusters[-2].height + GAP > clusters[-1].top(top):
            clusters[-2].absorb(clusters.pop())
    tops: list[float] = []
    for cluster in clusters:
        y = cluster.top(top)
        for index in range(cluster.first, cluster.first + cluster.count):
            tops.append(y)
            y += heights[index] + GAP
    return tops


def _ticks(scale: Scale, years: int) -> list[Tick]:
    """A labelled line every year (every 2, 5, 10... when years are short), a
    small tick for each other year that has room for one, and for the months
    when there is room for them."""
    steps = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000)
    step = next((s for s in steps if s * scale.year_height >= 24), 10000)
    ticks = []
    for n in range(years + 1):
        year = scale.first_year + n
        y = scale.top + n * scale.year_height  # no date(): the year after 9999 has none
        if step == 1 or year % step == 0:
            ticks.append(Tick(y, str(year)))
        elif scale.year_height >= 4:
            ticks.append(Tick(y, None))
        if scale.year_height >= 12 * 6 and n < years:
            ticks += [Tick(scale.y(date(year, month, 1)), None) for month in range(2, 13)]
    return ticks
