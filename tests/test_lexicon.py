"""The shipped lexicon: lemmas, spellings and WordNet's relations as check and search read them."""

from __future__ import annotations

import pytest

from cstofacts import lexicon
from cstofacts.lexicon_table import Table, build_index
from cstofacts.store import data_dir


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("prioritises", "prioritize"),  # British spelling and an inflection at once
        ("prioritised", "prioritize"),
        ("organisations", "organization"),
        ("manoeuvres", "maneuver"),
        ("held", "hold"),
        ("withdraws", "withdraw"),
        ("analysed", "analyze"),
        ("defence", "defense"),
        ("exercises", "exercise"),
        ("peacekeepers", "peacekeeper"),
        ("playing", "play"),  # simplemma says "playe", no word: WordNet's detachment rules mend it
        ("thinking", "think"),
        ("growing", "grow"),  # no table lists it: WordNet's own detachment rules find it
        ("khujand", "khujand"),  # a word no lexicon knows stays as it is
        ("founding", "found"),  # a verb of its own, not the past of "find" read again
        ("spans", "span"),  # not "spin", whose past "span" is
        ("neighbourhood", "neighborhood"),  # the American spelling, not the other way about
    ],
)
def test_lemma_of_inflected_and_british_forms(word, expected):
    assert lexicon.lemma(word) == expected


@pytest.mark.parametrize(
    ("word", "other", "relation"),
    [
        ("adopt", "reject", "antonym"),
        ("approve", "reject", "antonym"),  # through WordNet: approve ! disapprove, a synonym of reject
        ("increase", "decrease", "antonym"),
        ("high", "low", "antonym"),
        ("director", "direct", "derived"),
        ("engagement", "engage", "derived"),
        ("drill", "exercise", "synonym"),
        ("war game", "exercise", "broader"),  # the CSTO's own terms file
        ("exercise", "war game", "narrower"),
        ("army", "troop", "synonym"),  # drafts' armies, the sources' troops
        ("order", "decoration", "synonym"),  # the Dostuk order
        ("camp", "bloc", "synonym"),  # "camp thinking", the sources' bloc mentality
        ("pass", "adopt", "synonym"),  # a resolution passed, in the sources adopted
        ("set out", "outline", "synonym"),  # a stance set out, in the sources outlined
        ("lie ahead", "await", "synonym"),  # tasks that lie ahead, in the sources await
        ("mount", "grow", "synonym"),  # mounting threats, growing ones
        ("assess", "analyze", "synonym"),  # Babaev's assessment, in the source his article analyses
        ("record", "result", "synonym"),  # the CSTO's record, in the source the results of its work
        ("new member", "join", "derived"),  # new members, in the source countries that wish to join
        ("head", "director", "derived"),  # Babaev heads the institute, in the source its director
        ("fulfill", "maintain", "synonym"),  # obligations fulfilled, in the source maintained
        ("honor", "maintain", "synonym"),  # obligations honoured, in the source maintained
        ("commitment", "obligation", "synonym"),  # the CSTO's commitments to Armenia, its obligations
        ("accept", "approve", "synonym"),  # the CSTO accepted as mediator, in the source its role approved
        ("scale back", "reduce", "synonym"),  # participation scaled back, in the source limited
        ("scale back", "intensify", "antonym"),  # efforts scaled back, where the source says intensified
        ("move away", "reinforce", "antonym"),  # the bloc mentality moved away from, not reinforced
        ("move away", "shift", "synonym"),  # the source's shift away from the bloc mentality
    ],
)
def test_relations(word, other, relation):
    assert lexicon.relation(word, other) == relation


def test_rarer_senses_and_narrower_words_are_kept_apart_for_search_alone():
    freeze, legislature = lexicon.entry("freeze"), lexicon.entry("legislature")
    assert freeze is not None and legislature is not None
    assert "suspend" in freeze.wide
    # check compares words by the close relations only: a rarer sense is no synonym
    assert lexicon.relation("freeze", "suspend") is None
    # a kind of a noun's main sense is its narrower word, for check too: a parliament is a legislature
    assert "parliament" in legislature.narrower and "parliament" not in legislature.wide
    assert lexicon.relation("legislature", "parliament") == "narrower"
    assert lexicon.related_words("freeze", ("wide",))["suspend"] == "wide"


def test_a_hyphenated_word_whose_parts_are_english_is_kept():
    assert "mediator" in lexicon.related_words("go-between", ("synonym",))


def test_unrelated_words_have_no_relation():
    assert lexicon.relation("treaty", "banana") is None
    assert lexicon.relation("notaword", "exercise") is None


def test_the_table_is_sorted_for_bisection_and_carries_its_licences():
    path = data_dir() / "lexicon" / "lexicon.tsv"
    keys = [line.split(b"\t", 1)[0] for line in path.read_bytes().splitlines()]
    assert keys == sorted(keys)
    assert len(keys) == len(set(keys))
    notice = (data_dir() / "lexicon" / "NOTICE").read_text("utf-8")
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in notice
    assert "simplemma" in notice and "breame" in notice


def test_every_word_of_the_table_is_found():
    path = data_dir() / "lexicon" / "lexicon.tsv"
    lines = path.read_text("utf-8").splitlines()
    for line in lines[:: len(lines) // 500]:  # a spread of 500, first and last included
        assert lexicon.entry(line.split("\t", 1)[0]) is not None
    assert lexicon.entry(lines[-1].split("\t", 1)[0]) is not None


@pytest.mark.parametrize(("country", "capital"), [("belarus", "minsk"), ("armenia", "yerevan"), ("china", "beijing")])
def test_a_country_names_its_capital(country, capital):
    # From WordNet's glosses ("the capital of Belarus ..."); China from csto_terms.tsv,
    # as WordNet's "China" also names Taiwan.
    assert lexicon.capital(country) == capital
    assert lexicon.capital("minsk") is None


def test_a_form_that_may_be_a_verb_besides_its_lemma_says_which():
    # WordNet's irregular forms and its detachment rules, where the lemma is another word
    assert "leave" in lexicon.entry("left").also
    assert "serve" in lexicon.entry("serving").also
    assert not lexicon.entry("hold").also


def test_a_long_run_of_lookups_remembers_only_the_first_steps():
    path = data_dir() / "lexicon" / "lexicon.tsv"
    table = Table(path)  # no index: bisection
    for line in path.read_bytes().splitlines()[::7]:
        assert table.line(line.split(b"\t", 1)[0]) == line
    assert len(table._probes) <= 2 * table.REMEMBERED_SPANS  # not one per line reached


def test_the_shipped_index_is_the_one_built_from_the_shipped_lexicon():
    # A lexicon rebuilt without its index would silently fall back to bisection.
    path = data_dir() / "lexicon" / "lexicon.tsv"
    assert path.with_suffix(".idx").read_bytes() == build_index(path.read_bytes())
    assert lexicon._table()._index is not None


def test_hashed_and_bisected_lookups_find_the_same_lines(tmp_path):
    path = data_dir() / "lexicon" / "lexicon.tsv"
    hashed, bisected = Table(path, path.with_suffix(".idx")), Table(path)
    lines = path.read_bytes().splitlines()
    for line in lines[::97] + lines[-1:]:
        key = line.split(b"\t", 1)[0]
        assert hashed.line(key) == bisected.line(key) == line
    for missing in (b"", b"zzzzzzzzz", b"aaaa\xc3\xa9", b"organisationz"):
        assert hashed.line(missing) is bisected.line(missing) is None


def test_an_index_built_for_another_file_is_not_used(tmp_path):
    table = tmp_path / "words.tsv"
    table.write_bytes(b"alpha\ta\nbeta\tb\n")
    index = tmp_path / "words.idx"
    index.write_bytes(build_index(b"alpha\ta\n"))  # stale: built for a shorter file
    stale = Table(table, index)
    assert stale._index is None
    assert stale.line(b"beta") == b"beta\tb"
    index.write_bytes(b"junk")
    assert Table(table, index).line(b"alpha") == b"alpha\ta"
    index.write_bytes(build_index(table.read_bytes()))
    fresh = Table(table, index)
    assert fresh._index is not None
    assert fresh.line(b"beta") == b"beta\tb" and fresh.line(b"gamma") is None
