"""`cite`: keys, biblatex, CSL-JSON, Markdown and text; nothing the source does not give."""

from __future__ import annotations

import json
import re

import pytest

from cstofacts.models import Source
from cstofacts.output import citation, markup

from .snapshot import assert_snapshot

CITE_FORMATS = ("text", "markdown", "bibtex", "csl-json")


@pytest.mark.parametrize("fmt", CITE_FORMATS)
def test_every_format_matches_its_golden_file(invoke, tiny_db, fmt):
    result = invoke("--db", tiny_db, "cite", "special-chars-quote", "allies-review", "interview-page", "-f", fmt)
    assert result.exit_code == 0, result.stderr
    assert_snapshot(result.stdout, f"cite_{fmt}.txt")


@pytest.mark.parametrize("fmt", CITE_FORMATS)
def test_every_format_of_a_bundled_source_matches_its_golden_file(invoke, fmt):
    result = invoke("cite", "armenia-limited-participation-quote", "allies-csto-2023-2025", "-f", fmt)
    assert result.exit_code == 0, result.stderr
    assert_snapshot(result.stdout, f"cite_bundled_{fmt}.txt")


def test_biblatex_is_the_same_as_bibtex(invoke):
    assert (
        invoke("cite", "tass-tokayev-calm", "-f", "biblatex").stdout
        == invoke("cite", "tass-tokayev-calm", "-f", "bibtex").stdout
    )


def test_a_source_with_an_outlet_is_a_biblatex_newspaper_article(invoke, tiny_db):
    out = invoke("--db", tiny_db, "cite", "odd-source", "-f", "bibtex").stdout
    assert out.startswith("@article{odd-source,\n  entrysubtype = {newspaper},\n")
    assert "  journaltitle = {The \\$ Times \\#1},\n" in out
    assert '  title = {{Tricky \\& "odd" \\textless{}title\\textgreater{} 100\\% \\{x\\}}},\n' in out
    assert "  date = {2024-05-06},\n" in out and "  url = {https://example.org/a?b=1&c=2},\n" in out
    assert out.count("{") == out.count("}") + out.count("\\{") - out.count("\\}")


def test_a_record_is_cited_as_its_source_with_the_paragraph(invoke):
    items = json.loads(invoke("cite", "armenia-limited-participation-quote", "-f", "csl-json").stdout)
    assert items == [
        {
            "id": "izvestia-tasmagambetov-interview",
            # A web page whose own outlet is unknown; what it draws on goes to its genre,
            # which pandoc's default style prints.
            "type": "webpage",
            "title": (
                "The CSTO Secretary General Imangali Tasmagambetov — on the intensification of Yerevan's contacts"
                " with NATO and the level of training of the CSTO countries' troops"
            ),
            "title-short": "CSTO Secretary General Imangali Tasmagambetov",
            "genre": "Web page based on Izvestia",
        }
    ]
    bib = invoke("cite", "armenia-limited-participation-quote", "-f", "bibtex").stdout
    assert bib.startswith(
        "% record armenia-limited-participation-quote: \\autocite[para.~7]{izvestia-tasmagambetov-interview}\n"
    )
    assert invoke("cite", "armenia-limited-participation-quote").stdout.rstrip().endswith("Paragraph 7.")


def test_the_cyrillic_author_keeps_its_script(invoke):
    (item,) = json.loads(invoke("cite", "allies-csto-2023-2025", "-f", "csl-json").stdout)
    assert item["author"] == [{"family": "Арестова", "given": "Татьяна"}]
    # Each name part in babel's \\textcyrillic, so that a T1 document compiles and biber takes the initials.
    bib = invoke("cite", "allies-csto-2023-2025", "-f", "bibtex").stdout
    assert "author = {\\textcyrillic{Арестова}, \\textcyrillic{Татьяна}}" in bib


@pytest.mark.parametrize(
    "source_id", ["izvestia-tasmagambetov-interview", "csto-influential-effective", "tass-tokayev-calm"]
)
def test_no_field_the_source_lacks(invoke, source_id):
    (item,) = json.loads(invoke("cite", source_id, "-f", "csl-json").stdout)
    assert not {"author", "URL", "issued"} & set(item)
    bib = invoke("cite", source_id, "-f", "bibtex").stdout
    assert not re.search(r"^\s*(author|url|date) =", bib, re.M)


def test_a_source_naming_no_outlet_gets_no_container(invoke):
    # csto-influential-effective names neither an outlet nor who reported it: nothing is invented.
    (item,) = json.loads(invoke("cite", "csto-influential-effective", "-f", "csl-json").stdout)
    assert "container-title" not in item and "note" not in item and item["genre"] == "Web page"
    bib = invoke("cite", "csto-influential-effective", "-f", "bibtex").stdout
    assert bib.startswith("@online{") and "journaltitle" not in bib and "entrysubtype" not in bib


@pytest.mark.parametrize(
    ("title", "short"),
    [
        ("CSTO Positions on Security, Cooperation, and Regional Stability", "CSTO Positions on Security"),
        ("CSTO has proven its ability to adapt to changes in the global situation", "CSTO has proven its ability"),
        (
            "The CSTO Secretary General Imangali Tasmagambetov — on the intensification of Yerevan's contacts",
            "CSTO Secretary General Imangali Tasmagambetov",
        ),
        ("CSTO proved to be influential and effective organization", "CSTO proved to be influential"),
        ("Allies: a review", "Allies"),
        ("Notes", "Notes"),
    ],
)
def test_short_titles(title, short):
    assert citation.short_title(title) == short


def test_every_entry_has_a_short_title(invoke):
    ids = [s["id"] for s in json.loads(invoke("sources", "-f", "json").stdout)]
    items = json.loads(invoke("cite", *ids, "-f", "csl-json").stdout)
    assert all(item["title-short"] for item in items) and len(items) == 5
    assert invoke("cite", *ids, "-f", "biblatex").stdout.count("  shorttitle = {{") == 5


@pytest.mark.parametrize(
    ("outlet", "reported_by", "container", "drawn_on"),
    [
        ("The Times", ["TASS"], "The Times", "Based on TASS"),
        # What a source draws on is not where it appeared: no container then, but a web page.
        (None, ["Izvestia", "Cronos.Asia"], None, "Web page based on Izvestia and Cronos.Asia"),
        (None, ["", "BelTA"], None, "Web page based on BelTA"),
        (None, [], None, "Web page"),
    ],
)
def test_a_named_outlet_makes_a_newspaper_article_and_none_a_web_page(outlet, reported_by, container, drawn_on):
    source = Source("s", "T", outlet=outlet, reported_by=tuple(reported_by))
    item = citation.csl_item(citation.Citation(source))
    bib = citation.bibtex_entry(citation.Citation(source))
    assert item.get("container-title") == container
    if container:
        assert item["type"] == "article-newspaper" and item["note"] == drawn_on and "genre" not in item
        assert bib.startswith("@article{s,\n  entrysubtype = {newspaper},\n")
        assert f"  journaltitle = {{{container}}},\n" in bib
    else:
        assert item["type"] == "webpage" and item["genre"] == drawn_on and "note" not in item
        assert bib.startswith("@online{s,\n") and "journaltitle" not in bib and "entrysubtype" not in bib


def test_csl_json_items_carry_no_citation_fields(invoke, tiny_db):
    # locator and label belong to a citation ([@key, para. N]), not to a bibliography item.
    for args in (
        ["special-chars-quote"],
        ["armenia-limited-participation-quote"],
        ["armenia-limited-participation-quote", "csto-commitments-armenia-quote"],
    ):
        db = ["--db", tiny_db] if args == ["special-chars-quote"] else []
        for item in json.loads(invoke(*db, "cite", *args, "-f", "csl-json").stdout):
            assert not {"locator", "label"} & set(item), args


def test_bibtex_writes_one_entry_per_key_and_a_comment_per_record(invoke):
    bib = invoke(
        "cite",
        "armenia-limited-participation-quote",
        "allies-csto-2023-2025",
        "soft-alliance-strong-point-quote",
        "izvestia-tasmagambetov-interview",
        "armenia-limited-participation-quote",
        "-f",
        "bibtex",
    ).stdout
    assert bib.count("@online{izvestia-tasmagambetov-interview,") == 1
    assert bib.count("@online{allies-csto-2023-2025,") == 1
    assert bib.startswith(
        "% record armenia-limited-participation-quote: \\autocite[para.~7]{izvestia-tasmagambetov-interview}\n"
        "% record soft-alliance-strong-point-quote: \\autocite[para.~15]{izvestia-tasmagambetov-interview}\n"
        "@online{izvestia-tasmagambetov-interview,\n"
    )
    assert bib.count("% record armenia-limited-participation-quote:") == 1  # named twice, one line


def test_several_records_of_one_source_make_one_item(invoke):
    items = json.loads(
        invoke(
            "cite",
            "armenia-limited-participation-quote",
            "csto-commitments-armenia-quote",
            "soft-alliance-strong-point-quote",
            "-f",
            "csl-json",
        ).stdout
    )
    assert [i["id"] for i in items] == ["izvestia-tasmagambetov-interview"]
    assert "locator" not in items[0]  # paragraphs 7 and 15: the citations carry them


def test_the_pandoc_key_is_the_csl_json_id_for_every_quote(invoke):
    rows = json.loads(invoke("quote", "-f", "json").stdout)
    pandoc = invoke("quote", "-f", "pandoc").stdout
    items = json.loads(invoke("cite", *[r["id"] for r in rows], "-f", "csl-json").stdout)
    assert {i["id"] for i in items} == {r["source"]["id"] for r in rows}
    for row in rows:
        assert f"{row['citation']['pandoc']}\n" in pandoc
        assert row["citation"]["key"] in {i["id"] for i in items}


def test_unknown_id_is_exit_1(invoke):
    result = invoke("cite", "no-such-thing")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no record or source with id 'no-such-thing'")


@pytest.mark.parametrize(
    ("source_id", "key"),
    [
        ("izvestia-tasmagambetov-interview", "izvestia-tasmagambetov-interview"),
        ("Allies CSTO 2023", "allies-csto-2023-"),
        ("Арестова-2024", "arestova-2024-"),
        ("???", "source-"),
    ],
)
def test_keys_are_readable_ascii_and_stable(source_id, key):
    made = citation.source_key(Source(source_id, "T"))
    assert made.startswith(key) and made == citation.source_key(Source(source_id, "Other title"))
    assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", made)


@pytest.mark.parametrize(
    ("name", "csl"),
    [
        ("Арестова Татьяна", {"family": "Арестова", "given": "Татьяна"}),
        ("Kirill Babaev", {"family": "Babaev", "given": "Kirill"}),
        ("Babaev, Kirill", {"family": "Babaev", "given": "Kirill"}),
        ("TASS", {"literal": "TASS"}),
    ],
)
def test_split_name(name, csl):
    assert citation.split_name(name) == csl


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("50% & $5", r"50\% \& \$5"),
        ("#_{}", r"\#\_\{\}"),
        ("~^\\", r"\textasciitilde{}\textasciicircum{}\textbackslash{}"),
        ("a -- b '' c", "a -{}- b '{}' c"),
        ("“curly” — dash", "“curly” — dash"),
    ],
)
def test_latex_escape(text, escaped):
    assert markup.latex_escape(text) == escaped
