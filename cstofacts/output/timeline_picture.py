"""The timeline drawn: a standalone SVG (no scripts, no external fonts), and a
self-contained HTML page holding that SVG and the table of its records."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from cstofacts.escape import safe
from cstofacts.models import Record
from cstofacts.output.textwidth import Run, text_width
from cstofacts.output.timeline_layout import (
    AXIS_X,
    BAR_WIDTH,
    BASELINE,
    FONT,
    LANE_STEP,
    LINE,
    MARGIN,
    MIDLINE,
    WIDTH,
    Layout,
    Mark,
    date_label,
    layout,
    record_words,
)

TITLE = "CSTO timeline"
FONTS = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif"
KINDS = ("event", "fact", "quote")
# Light colours are attributes, so a renderer without CSS still draws them; the
# style sheet swaps in the dark ones on a dark screen, never on paper. Kinds
# differ by shape as well as colour (Okabe-Ito hues, darkened for contrast).
LIGHT = {
    "page": "#ffffff",
    "ink": "#1b1b1b",
    "muted": "#4d4d4d",
    "grid": "#c4c4c4",
    "leader": "#8c8c8c",
    "event": "#0a5fa8",
    "fact": "#a8460a",
    "quote": "#12784a",
}
DARK = {
    "page": "#16181d",
    "ink": "#ececec",
    "muted": "#b9bcc2",
    "grid": "#464c57",
    "leader": "#80868f",
    "event": "#6cb6ff",
    "fact": "#ffa060",
    "quote": "#5fd69c",
}
KIND_WORDS = {"event": "event", "fact": "fact (a statement or a position)", "quote": "quote (the speaker’s words)"}


def _style() -> str:
    dark = "".join(f".tl-{name}{{fill:{colour}}}" for name, colour in DARK.items() if name not in ("grid", "leader"))
    dark += "".join(f".tl-s-{name}{{stroke:{colour}}}" for name, colour in DARK.items())
    return f"@media screen and (prefers-color-scheme: dark){{{dark}}}"


def svg(records: Sequence[Record], subtitle: str = "") -> str:
    """The timeline of `records` (each with a usable date) as a standalone SVG document."""
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + _svg_element(records, subtitle) + "\n"


def _svg_element(records: Sequence[Record], subtitle: str, heading: bool = True) -> str:
    """The <svg> element; without `heading` (inside a page that has its own) no title is drawn."""
    kinds = [k for k in KINDS if any(_kind(r) == k for r in records)]
    legend_top = (64 if subtitle else 48) if heading else 8
    plot_top = legend_top + 2 * LINE + 22
    shape = layout(records, plot_top)
    spans = {"range" if m.record.date_end else "coarse" for m in shape.marks if m.is_span}
    points = any(not m.is_span for m in shape.marks)
    height = round(shape.height + 44)
    parts = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}"'
            f' font-family="{FONTS}" font-size="{FONT}" role="img" aria-labelledby="tl-title tl-desc">'
        ),
        f'<title id="tl-title">{_x(TITLE)}</title>',
        f'<desc id="tl-desc">{_x(_description(records, subtitle))}</desc>',
        f"<style>{_style()}</style>",
        _rect(0, 0, WIDTH, height, "page"),
    ]
    if heading:
        parts.append(_text(MARGIN, 28, TITLE, "ink", size=18, bold=True))
    if heading and subtitle:
        parts.append(_text(MARGIN, 47, subtitle, "muted", size=12))
    parts.append(_legend(legend_top, kinds, points, spans))
    parts.append(_axis(shape))
    parts.append(_leaders(shape))
    parts.append(_marks(shape))
    parts.append('<g class="tl-labels">' + "".join(_label(m, shape.label_x) for m in shape.marks) + "</g>")
    note = "Each record’s id is in its tooltip: cstofacts show ID gives its source and evidence."
    parts.append(_text(MARGIN, height - 14, note, "muted", size=11))
    parts.append("</svg>")
    return "\n".join(parts)


def _description(records: Sequence[Record], subtitle: str) -> str:
    noun = "record" if len(records) == 1 else "records"
    first, last = records[0], records[-1]
    return f"{len(records)} dated {noun}, {date_label(first)} to {date_label(last)}. {subtitle}".strip()


def _x(text: str) -> str:
    """Text safe inside XML: markup escaped, control characters shown as escapes."""
    return escape(safe(text), quote=True)


def _rect(x: float, y: float, w: float, h: float, colour: str) -> str:
    return (
        f'<rect class="tl-{colour}" x="{_n(x)}" y="{_n(y)}" width="{_n(w)}" height="{_n(h)}" fill="{LIGHT[colour]}"/>'
    )


def _text(
    x: float,
    y: float,
    text: str,
    colour: str,
    *,
    size: float | None = None,
    bold: bool = False,
    anchor: str | None = None,
) -> str:
    attrs = f' font-size="{size}"' if size else ""
    attrs += ' font-weight="bold"' if bold else ""
    attrs += f' text-anchor="{anchor}"' if anchor else ""
    return f'<text class="tl-{colour}" x="{_n(x)}" y="{_n(y)}" fill="{LIGHT[colour]}"{attrs}>{_x(text)}</text>'


def _n(value: float) -> str:
    """A coordinate, to a tenth: enough for print, and short."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _shape(kind: str, cx: float, cy: float, size: float) -> str:
    """The kind's mark: a circle for an event, a square for a fact, a diamond for a quote."""
    paint = f'class="tl-{kind} tl-s-page" fill="{LIGHT[kind]}" stroke="{LIGHT["page"]}" stroke-width="1"'
    half = size / 2
    if kind == "event":
        return f'<circle {paint} cx="{_n(cx)}" cy="{_n(cy)}" r="{_n(half)}"/>'
    if kind == "quote":
        half *= 1.25
        points = f"{_n(cx)},{_n(cy - half)} {_n(cx + half)},{_n(cy)} {_n(cx)},{_n(cy + half)} {_n(cx - half)},{_n(cy)}"
        return f'<polygon {paint} points="{points}"/>'
    return f'<rect {paint} x="{_n(cx - half)}" y="{_n(cy - half)}" width="{_n(size)}" height="{_n(size)}"/>'


def _bar(kind: str, x: float, top: float, bottom: float, coarse: bool) -> str:
    """A span of days: solid for a range, pale and dashed for a single month or year."""
    height = max(bottom - top, 3.0)
    look = (
        f' fill-opacity="0.25" stroke="{LIGHT[kind]}" stroke-dasharray="3 2" class="tl-{kind} tl-s-{kind}"'
        if coarse
        else f' class="tl-{kind}"'
    )
    return f'<rect x="{_n(x)}" y="{_n(top)}" width="{BAR_WIDTH}" height="{_n(height)}" fill="{LIGHT[kind]}"{look}/>'


def _legend(top: float, kinds: Sequence[str], points: bool, spans: set[str]) -> str:
    """What the shapes and the bars mean, in two rows."""
    day = f'<line class="tl-s-muted" x1="0" y1="-8" x2="0" y2="8" stroke="{LIGHT["muted"]}"/>'
    rows = [
        [(_shape(k, 0, 0, 10), KIND_WORDS[k]) for k in kinds],
        [
            (item, words)
            for show, item, words in (
                (points, day + _shape("event", 0, 0, 7), "a day"),
                ("coarse" in spans, _bar("event", -4, -7, 7, coarse=True), "a month or a year (no finer date)"),
                ("range" in spans, _bar("event", -4, -7, 7, coarse=False), "from one date to another"),
            )
            if show
        ],
    ]
    parts = ['<g class="tl-legend">']
    for n, row in enumerate(rows):
        x, y = MARGIN + 6.0, top + 10 + n * (LINE + 4)
        for graphic, words in row:
            parts.append(f'<g transform="translate({_n(x)} {_n(y)})">{graphic}</g>')
            parts.append(_text(x + 12, y + 4.5, words, "ink", size=12))
            x += 12 + text_width(words, 12) + 22
    parts.append("</g>")
    return "".join(parts)


def _axis(shape: Layout) -> str:
    right = AXIS_X + 10 + shape.lane_count * LANE_STEP
    # A year's label under the line where it starts, inside its band; on the
    # line when the bands are too thin to hold it.
    below = 15 if shape.scale.year_height >= 20 else 4
    parts = ['<g class="tl-axis">']
    for tick in shape.ticks:
        if tick.label:
            start = MARGIN if below > 4 else AXIS_X - 5
            parts.append(
                f'<line class="tl-s-grid" x1="{start}" y1="{_n(tick.y)}" x2="{_n(right)}"'
                f' y2="{_n(tick.y)}" stroke="{LIGHT["grid"]}"/>'
            )
            if tick.y < shape.axis_bottom - 1:  # no label below the last year's end
                parts.append(_text(AXIS_X - 8, tick.y + below, tick.label, "muted", size=FONT - 1, anchor="end"))
        else:
            parts.append(
                f'<line class="tl-s-grid" x1="{AXIS_X - 4}" y1="{_n(tick.y)}" x2="{AXIS_X}"'
                f' y2="{_n(tick.y)}" stroke="{LIGHT["grid"]}"/>'
            )
    parts.append(
        f'<line class="tl-s-muted" x1="{AXIS_X}" y1="{_n(shape.plot_top)}" x2="{AXIS_X}"'
        f' y2="{_n(shape.axis_bottom)}" stroke="{LIGHT["muted"]}" stroke-width="1.5"/>'
    )
    parts.append("</g>")
    return "".join(parts)


def _mark_edge(mark: Mark) -> float:
    if mark.is_span:
        return AXIS_X + 10 + (mark.lane - 1) * LANE_STEP + BAR_WIDTH
    return AXIS_X + 5


def _leaders(shape: Layout) -> str:
    """A line from each mark to its label, which may stand lower to make room."""
    bend = AXIS_X + 10 + shape.lane_count * LANE_STEP + 4
    parts = [f'<g class="tl-s-leader" fill="none" stroke="{LIGHT["leader"]}" stroke-width="0.8">']
    for mark in shape.marks:
        end_y = mark.label_top + MIDLINE
        points = [(_mark_edge(mark), mark.anchor), (bend, mark.anchor), (shape.label_x - 3, end_y)]
        parts.append('<polyline points="' + " ".join(f"{_n(x)},{_n(y)}" for x, y in points) + '"/>')
    parts.append("</g>")
    return "".join(parts)


def _marks(shape: Layout) -> str:
    scale = shape.scale
    parts = ['<g class="tl-marks">']
    # One bar for the records of a kind over the same days; then the points of
    # single days, on top.
    bars: dict[tuple[int, object, object, str], list[Mark]] = {}
    for mark in shape.marks:
        if mark.is_span:
            bars.setdefault((mark.lane, mark.first, mark.last, _kind(mark.record)), []).append(mark)
    for (lane, _, _, kind), marks in bars.items():
        first = marks[0]
        x = AXIS_X + 10 + (lane - 1) * LANE_STEP
        bar = _bar(kind, x, scale.y(first.first), scale.y(first.last, True), first.coarse)
        ids = " ".join(m.record.id for m in marks)
        tip = "\n\n".join(_tooltip(m.record) for m in marks)
        parts.append(f'<g data-record="{_x(ids)}"><title>{_x(tip)}</title>{bar}</g>')
    for mark in shape.marks:
        if not mark.is_span:
            dot = _shape(_kind(mark.record), AXIS_X, mark.anchor, 8)
            parts.append(f'<g data-record="{_x(mark.record.id)}"><title>{_x(_tooltip(mark.record))}</title>{dot}</g>')
    parts.append("</g>")
    return "".join(parts)


def _kind(record: Record) -> str:
    """The record's kind, or `fact` for one no picture knows (a hand-edited store)."""
    return record.kind if record.kind in KINDS else "fact"


def _tooltip(record: Record) -> str:
    where = f", paragraph {record.locator.paragraph}" if record.locator else ""
    return f"{record.id}\n{record.kind}, {date_label(record)}\n{record.source.title}{where}"


def _label(mark: Mark, label_x: float) -> str:
    parts = [
        f'<g class="tl-label" data-record="{_x(mark.record.id)}"><title>{_x(_tooltip(mark.record))}</title>',
        _shape(_kind(mark.record), label_x + 5, mark.label_top + MIDLINE, 10),
    ]
    for n, line in enumerate(mark.lines):
        y = mark.label_top + n * LINE + BASELINE
        parts.append(
            f'<text class="tl-ink" x="{_n(label_x + 16)}" y="{_n(y)}" fill="{LIGHT["ink"]}">'
            + "".join(_tspan(run) for run in line)
            + "</text>"
        )
    parts.append("</g>")
    return "".join(parts)


def _tspan(run: Run) -> str:
    if not (run.bold or run.italic):
        return _x(run.text)
    style = (' font-weight="bold"' if run.bold else "") + (' font-style="italic"' if run.italic else "")
    return f"<tspan{style}>{_x(run.text)}</tspan>"


def html_page(records: Sequence[Record], subtitle: str = "") -> str:
    """A self-contained page: the SVG, then the table of the same records."""
    rows = "\n".join(_table_row(r) for r in records)
    dark = "".join(f"--{name}:{colour};" for name, colour in DARK.items())
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_x(TITLE)}</title>
<style>
:root{{--page:{LIGHT["page"]};--ink:{LIGHT["ink"]};--muted:{LIGHT["muted"]};--grid:{LIGHT["grid"]}}}
@media screen and (prefers-color-scheme: dark){{:root{{{dark}}}}}
body{{background:var(--page);color:var(--ink);font-family:{FONTS};max-width:{WIDTH + 40}px;margin:1em auto;padding:0 1em;line-height:1.4}}
figure{{margin:0}} svg{{max-width:100%;height:auto}}
table{{border-collapse:collapse;width:100%;font-size:0.9em;table-layout:fixed}}
col.when{{width:8.5em}} col.kind{{width:3.5em}} col.source{{width:22%}} col.id{{width:24%}}
th,td{{text-align:left;vertical-align:top;padding:0.3em 0.5em;border-bottom:1px solid var(--grid)}}
code{{font-size:0.9em}} .muted{{color:var(--muted)}}
@media print{{tr{{break-inside:avoid}} figure{{break-after:page}}}}
</style>
</head>
<body>
<h1>{_x(TITLE)}</h1>
{f'<p class="muted">{_x(subtitle)}</p>' if subtitle else ""}
<figure>
{_svg_element(records, subtitle, heading=False)}
</figure>
<table>
<colgroup><col class="when"><col class="kind"><col><col class="source"><col class="id"></colgroup>
<thead><tr><th>Date</th><th>Kind</th><th>Record</th><th>Source</th><th>Id</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
</body>
</html>
"""


def _table_row(record: Record) -> str:
    words = record_words(record)
    where = f", paragraph {record.locator.paragraph}" if record.locator else ""
    return (
        f"<tr><td>{_x(date_label(record))}</td><td>{_x(record.kind)}</td><td>{_x(words)}</td>"
        f"<td>{_x(record.source.title)}{_x(where)}</td><td><code>{_x(record.id)}</code></td></tr>"
    )


def picture(records: Sequence[Record], fmt: str, filters: str = "") -> str:
    """The timeline of `records` as `svg`, `html` or `mermaid`; `filters` (the
    options that chose them) goes under the title."""
    noun = "record" if len(records) == 1 else "records"
    subtitle = f"{len(records)} dated {noun}" + (f", {filters}" if filters else "")
    if fmt == "mermaid":
        from cstofacts.output.timeline_mermaid import mermaid

        return mermaid(records, filters)
    return html_page(records, subtitle) if fmt == "html" else svg(records, subtitle).rstrip("\n")
