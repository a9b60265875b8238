"""`timeline --format svg|html`: what the picture says (dates at their precision,
ranges as spans, ids in tooltips, a legend), and how it looks once a real
renderer (rsvg-convert, librsvg) draws it: no label overlaps another or leaves
the page, and it brings its own page to a dark screen."""

from __future__ import annotations

import io
import json
import re
import subprocess
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from cstofacts.output.timeline_layout import WIDTH
from cstofacts.output.timeline_picture import DARK, LIGHT

from .tools import require

SVG = "{http://www.w3.org/2000/svg}"
ET.register_namespace("", SVG[1:-1])
A4_PRINT_WIDTH_MM = 190  # 210 mm less the usual margins

CROWDED = {
    "sources": {
        "1": {
            "id": "notes",
            "title": 'Notes <with> & "odd" characters',
            "author": None,
            "outlet": None,
            "reported_by": [],
        }
    },
    "entities": {},
    "records": {},
}


def _crowd() -> dict:
    """Thirty records crowded onto a few days and months: long words, Cyrillic,
    markup, colons, ranges across years, a quote, implied years."""
    store = json.loads(json.dumps(CROWDED))
    long_text = (
        "The Council of Defence Ministers approved the plan, and the ministers then discussed the "
        "exercises, the supplies and the training of the Collective Rapid Reaction Forces at length. "
    )
    rows = []
    for n in range(12):
        rows.append({"kind": "event", "date": "2024-06-06", "text": f"Same day {n}: " + long_text * (1 + n % 3)})
    for n in range(6):
        rows.append({"kind": "fact", "date": "2024-06", "text": f"A month {n}. Встреча в Минске " * (n + 1)})
    rows += [
        {"kind": "event", "date": "2023", "date_end": "2025", "text": "A range across three years."},
        {
            "kind": "event",
            "date": "2024-05-30",
            "date_end": "2024-06-08",
            "text": "A range of days <script>alert(1)</script>",
        },
        {"kind": "fact", "date": "2024", "text": "W" * 140 + " an unbreakable word"},
        {"kind": "quote", "date": "2024-06-06", "speaker": "Jane Roe", "text": "Words: said & done; #1 ]]> \x1b[31m"},
        {"kind": "event", "date": "2024-11-18", "date_implied": True, "text": "A date whose year is implied."},
        {"kind": "event", "date": "2025-01", "text": "A month: January."},
    ]
    for n, row in enumerate(rows, 1):
        store["records"][str(n)] = {
            "id": f"crowd-{n}",
            "source": "notes",
            "entities": [],
            "topics": [],
            "locator": None,
            **row,
        }
    return store


def _decades() -> dict:
    """A few records over 35 years, and one span across nearly all of them."""
    store = json.loads(json.dumps(CROWDED))
    dates = ["1991-12-26", "1992-05-15", "1999", "2002-10-07", "2010-06", "2020-02-29", "2022-01", "2026"]
    rows = [{"kind": "event", "date": d, "text": f"Event of {d}"} for d in dates]
    rows.append({"kind": "fact", "date": "1992", "date_end": "2025-06", "text": "A long span"})
    for n, row in enumerate(rows, 1):
        store["records"][str(n)] = {"id": f"decade-{n}", "source": "notes", "entities": [], "topics": [], **row}
    return store


@pytest.fixture
def crowded_db(tmp_path: Path) -> str:
    path = tmp_path / "crowded.json"
    path.write_text(json.dumps(_crowd(), ensure_ascii=False), "utf-8")
    return str(path)


def _svg(invoke, *args: str) -> ET.Element:
    result = invoke(*args, "timeline", "--format", "svg")
    assert result.exit_code == 0, result.output
    return ET.fromstring(result.stdout.encode("utf-8"))


def _labels(root: ET.Element) -> list[ET.Element]:
    return [g for g in root.iter(f"{SVG}g") if g.get("class") == "tl-label"]


def _label_text(label: ET.Element) -> str:
    return " ".join("".join(t.itertext()) for t in label.iter(f"{SVG}text"))


def _year_lines(root: ET.Element) -> dict[str, float]:
    """Each year's label on the axis, and the y of the line where that year starts."""
    axis = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "tl-axis")
    years, line_y = {}, None
    for element in axis:
        if element.tag == f"{SVG}line" and element.get("x1") == "16":
            line_y = float(element.get("y1"))
        elif element.tag == f"{SVG}text":
            years[element.text] = line_y
    return years


def _marks(root: ET.Element) -> dict[str, ET.Element]:
    """The mark of each record on the axis: one bar may stand for several records."""
    return {
        record: g
        for g in root.iter(f"{SVG}g")
        if g.get("data-record") and g.get("class") is None
        for record in g.get("data-record").split()
    }


def test_every_dated_record_is_a_labelled_mark_with_its_id_in_a_tooltip(invoke):
    expected = [r["id"] for r in json.loads(invoke("timeline", "-f", "json").stdout)]
    labels = _labels(_svg(invoke))
    assert sorted(g.get("data-record") for g in labels) == sorted(expected)
    for label in labels:
        assert label.find(f"{SVG}title").text.startswith(label.get("data-record") + "\n")


def test_coarse_dates_are_drawn_as_such_never_as_a_day(invoke):
    root = _svg(invoke)
    labels = {g.get("data-record"): _label_text(g) for g in _labels(root)}
    assert labels["barrier-2023-special-exercise"].startswith("2023 The special exercise")
    assert labels["kazakhstan-scenario-january-2022"].startswith("January 2022 ")
    assert labels["brothers-in-arms-2022-exercise"].startswith("September–October 2022 ")
    assert labels["khujand-border-agreement"].startswith("31 March 2025 ")
    assert labels["un-general-assembly-resolution-csto-cooperation"].startswith("18 November 2024 (year from context)")
    assert not any(re.search(r"\b1 January", text) for text in labels.values())

    # A year is a bar from the line where the year starts to the next; a day is a point.
    ticks = _year_lines(root)
    marks = _marks(root)
    rect = marks["barrier-2023-special-exercise"].find(f"{SVG}rect")
    assert float(rect.get("y")) == pytest.approx(ticks["2023"], abs=0.2)
    assert float(rect.get("y")) + float(rect.get("height")) == pytest.approx(ticks["2024"], abs=0.2)
    assert rect.get("stroke-dasharray"), "a coarse date is drawn pale and dashed, unlike a range"
    assert marks["khujand-border-agreement"].find(f"{SVG}circle") is not None


def test_a_range_is_a_solid_span_from_its_first_to_its_last_day(invoke):
    root = _svg(invoke)
    ticks = _year_lines(root)
    rect = _marks(root)["bilateral-consultations-2024-2025-border"].find(f"{SVG}rect")
    assert rect.get("stroke-dasharray") is None
    top, bottom = float(rect.get("y")), float(rect.get("y")) + float(rect.get("height"))
    year = ticks["2025"] - ticks["2024"]
    assert (top, bottom) == (pytest.approx(ticks["2024"], abs=0.2), pytest.approx(ticks["2025"] + year, abs=0.2))


def test_the_legend_names_each_kind_and_each_kind_of_mark(invoke):
    legend = next(g for g in _svg(invoke).iter(f"{SVG}g") if g.get("class") == "tl-legend")
    words = " ".join(legend.itertext())
    for phrase in ("event", "fact", "a day", "a month or a year", "from one date to another"):
        assert phrase in words
    assert "quote" not in words  # no dated quote in the bundled store: no legend entry for one


def test_kinds_differ_by_shape_as_well_as_colour(invoke, crowded_db):
    root = _svg(invoke, "--db", crowded_db)
    shapes = {}
    for label in _labels(root):
        kind = label.find(f"{SVG}title").text.split("\n")[1].split(",")[0]
        glyph = label[1]
        shapes.setdefault(kind, set()).add((glyph.tag, glyph.get("fill")))
    assert {k: len(v) for k, v in shapes.items()} == {"event": 1, "fact": 1, "quote": 1}
    assert len({next(iter(v)) for v in shapes.values()}) == 3
    assert len({tag for v in shapes.values() for tag, _ in v}) == 3


def test_filters_apply_to_the_picture_as_to_the_table(invoke):
    args = ("--from", "2024", "--to", "2024-12", "--kind", "event")
    table = [r["id"] for r in json.loads(invoke("timeline", *args, "-f", "json").stdout)]
    root = ET.fromstring(invoke("timeline", *args, "-f", "svg").stdout.encode())
    assert sorted(g.get("data-record") for g in _labels(root)) == sorted(table)
    assert f"{len(table)} dated records, --kind event --from 2024 --to 2024-12" in " ".join(root.itertext())
    assert invoke("timeline", "--from", "2030", "-f", "svg").exit_code == 1


def test_standalone_no_scripts_no_external_fonts_or_links(invoke, crowded_db):
    for args in ((), ("--db", crowded_db)):
        for fmt in ("svg", "html"):
            out = invoke(*args, "timeline", "-f", fmt).stdout
            lowered = out.lower()
            assert "<script" not in lowered and "javascript:" not in lowered
            assert not re.search(r"\son[a-z]+\s*=", lowered)  # no event handlers
            assert "@font-face" not in lowered and "@import" not in lowered and "url(" not in lowered
            assert "href=" not in lowered and "<image" not in lowered and "<img" not in lowered
    svg = invoke("--db", crowded_db, "timeline", "-f", "svg").stdout
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in svg
    assert "\\u001b" in svg and "\x1b" not in svg  # XML cannot hold it: shown as an escape


def test_html_is_a_page_with_the_picture_and_the_table(invoke):
    out = invoke("timeline", "-f", "html").stdout
    expected = json.loads(invoke("timeline", "-f", "json").stdout)

    class Page(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.tags: list[str] = []
            self.cells: list[str] = []
            self.in_code = False

        def handle_starttag(self, tag, attrs):
            self.tags.append(tag)
            self.in_code = tag == "code"

        def handle_data(self, data):
            if self.in_code:
                self.cells.append(data)
                self.in_code = False

    page = Page()
    page.feed(out)
    assert page.tags[:3] == ["html", "head", "meta"] and page.tags.count("svg") == 1
    assert page.tags.count("tr") == len(expected) + 1
    assert page.cells == [r["id"] for r in expected]  # the table in timeline order
    assert out.count("<h1>CSTO timeline</h1>") == 1 and out.count(">CSTO timeline</text>") == 0


def test_printed_at_a4_width_the_smallest_text_is_8_points(invoke):
    svg = invoke("timeline", "-f", "svg").stdout
    root = ET.fromstring(svg.encode())
    sizes = [float(e.get("font-size")) for e in root.iter() if e.get("font-size")]
    points_per_unit = A4_PRINT_WIDTH_MM / WIDTH / 25.4 * 72
    assert min(sizes) * points_per_unit >= 8.0
    assert root.get("viewBox") == f"0 0 {WIDTH} {root.get('height')}"


def _contrast(a: str, b: str) -> float:
    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_text_and_marks_stand_out_on_either_page(palette):
    assert _contrast(palette["ink"], palette["page"]) >= 7  # WCAG AAA for the words
    assert _contrast(palette["muted"], palette["page"]) >= 4.5
    for kind in ("event", "fact", "quote"):
        assert _contrast(palette[kind], palette["page"]) >= 3  # graphics


# --- drawn by a real renderer ---------------------------------------------


def _render(rsvg: str, svg: str, *args: str):
    from PIL import Image

    png = subprocess.run([rsvg, *args], input=svg.encode(), capture_output=True, check=True, timeout=60).stdout
    return Image.open(io.BytesIO(png)).convert("RGBA")


def _ink_boxes(rsvg: str, svg: str) -> list[tuple[str, tuple[int, int, int, int]]]:
    """Each label, the legend, the heading and the year labels drawn alone on a
    transparent page: the box of the pixels each inks, in the page's pixels."""
    root = ET.fromstring(svg.encode())
    style = ET.tostring(root.find(f"{SVG}style"), encoding="unicode")
    legend = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "tl-legend")
    axis = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "tl-axis")
    pieces = [(g.get("data-record"), g) for g in _labels(root)]
    pieces += [("legend", legend), *((f"year {t.text}", t) for t in axis.iter(f"{SVG}text"))]
    pieces += [(f"text {n}", t) for n, t in enumerate(root.findall(f"{SVG}text"))]
    boxes = []
    for name, piece in pieces:
        box = _ink_box(rsvg, root, style, piece)
        assert box, f"{name} draws nothing"
        boxes.append((name, box))
    return boxes


def _ink_box(rsvg: str, root: ET.Element, style: str, piece: ET.Element) -> tuple[int, int, int, int] | None:
    """Draws only a band of the page around the piece (a whole page per piece is
    slow), and the whole page when its ink reaches the band's edge."""
    ys = [float(v) for e in piece.iter() for k, v in e.attrib.items() if k in ("y", "cy", "y1", "y2")]
    width, height = int(root.get("width")), int(root.get("height"))
    top = max(0, int(min(ys)) - 60)
    band = min(height, int(max(ys)) + 60) - top
    for first, size in ((top, band), (0, height)):
        head = (
            f'<svg xmlns="{SVG[1:-1]}" viewBox="0 {first} {width} {size}" width="{width}" height="{size}"'
            f' font-family="{root.get("font-family")}" font-size="{root.get("font-size")}">'
        )
        box = _render(rsvg, f"{head}{style}{ET.tostring(piece, encoding='unicode')}</svg>").getchannel("A").getbbox()
        if box is None or (box[1] > 0 and box[3] < size) or size == height:
            return box and (box[0], box[1] + first, box[2], box[3] + first)
    return None


@pytest.mark.parametrize("store", ["bundled", "crowded", "decades"])
def test_drawn_by_librsvg_no_label_overlaps_another_or_leaves_the_page(invoke, crowded_db, tmp_path, store):
    rsvg = require("rsvg-convert", "apt-get install librsvg2-bin")
    args: tuple[str, ...] = ()
    if store == "crowded":
        args = ("--db", crowded_db)
    elif store == "decades":
        (tmp_path / "decades.json").write_text(json.dumps(_decades()), "utf-8")
        args = ("--db", str(tmp_path / "decades.json"))
    svg = invoke(*args, "timeline", "-f", "svg").stdout
    root = ET.fromstring(svg.encode())
    boxes = _ink_boxes(rsvg, svg)
    width, height = int(root.get("width")), int(root.get("height"))
    for name, (left, top, right, bottom) in boxes:
        assert left > 2 and top > 2 and right < width - 2 and bottom < height - 2, f"{name} touches the edge"
    for i, (name, a) in enumerate(boxes):
        for other, b in boxes[i + 1 :]:
            apart = a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
            assert apart, f"{name} {a} overlaps {other} {b}"
    assert len(_labels(root)) == len(json.loads(invoke(*args, "timeline", "-f", "json").stdout)) >= 9


def test_drawn_on_a_dark_page_it_brings_its_own_light_page_and_dark_words(invoke):
    rsvg = require("rsvg-convert", "apt-get install librsvg2-bin")
    image = _render(rsvg, invoke("timeline", "-f", "svg").stdout, "--background-color", "#000000").convert("L")
    width, height = image.size
    assert image.getpixel((2, 2)) == image.getpixel((width - 3, height - 3)) == 255
    histogram = image.histogram()
    assert sum(histogram[:60]) > 0.01 * width * height  # dark words on it
    assert sum(histogram[200:]) > 0.7 * width * height  # on a page that is mostly light
