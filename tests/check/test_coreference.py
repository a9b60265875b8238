"""A draft's "he" is the person named just before."""

from __future__ import annotations

import json

from cstofacts.check.read.claims import read_document, sentences
from cstofacts.check.read.coreference import resolve

DRAFT = (
    "Imangali Tasmagambetov took office in 2023. He rates the level of preparedness to respond to threats "
    "as high.\n\nIn his view, the CSTO is a soft alliance.\n"
)


def test_a_pronoun_is_the_person_named_before(checker):
    found = resolve(sentences(DRAFT), checker.people)
    assert found[1].checked.startswith("Imangali Tasmagambetov rates the level")
    assert found[1].text.startswith("He rates")  # what the draft says is what is shown
    assert found[2].checked == "In Imangali Tasmagambetov's view, the CSTO is a soft alliance."


def test_a_pronoun_too_far_from_any_name_stays(checker):
    text = "Tokayev spoke in 2025. The sky was blue. The sea was calm. The wind was low. He was calm."
    found = resolve(sentences(text), checker.people)
    assert found[-1].checked == ""


def test_a_sentence_that_names_no_one_but_through_its_pronoun_is_checked_as_of_that_person(checker):
    document = read_document(DRAFT, checker.checkable, checker.people)
    rated = next(s for s in document.claims if s.text.startswith("He rates"))
    assert rated.checked.startswith("Imangali Tasmagambetov rates")


def test_a_sentence_naming_nothing_is_checked_when_it_says_enough(checker):
    assert checker.checkable("The danger of terrorism spreading into member states still persists.")
    assert not checker.checkable("It still persists.")  # too little said of nothing named
    assert not checker.checkable("Does the danger of terrorism still persist in the region?")


def test_check_file_shows_the_drafts_words_and_checks_the_persons(invoke, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    out = invoke("check", "--file", str(draft), "-f", "json").stdout
    results = {r["claim"]: r for r in json.loads(out)}
    rated = results["He rates the level of preparedness to respond to threats as high."]
    assert rated["verdict"] == "supported", rated["reason"]


def test_a_person_spoken_of_by_pronoun_stays_the_one_spoken_of(checker):
    text = "Tokayev spoke in 2025. He urged calm. He said threats persist. He warned of panic. He said the CSTO is effective."
    found = resolve(sentences(text), checker.people)
    assert found[-1].checked.startswith("Kassym-Jomart Tokayev said")


def test_a_person_named_by_office_after_by_is_not_he(checker):
    assert checker.people("It was chaired by the Belarusian foreign minister.") == []


def test_an_office_alone_leaves_he_unread(checker):
    text = (
        "Kirill Babaev wrote the review. Right after taking office, the new Secretary General turned to the border. "
        "He was awarded the Dostuk order."
    )
    found = resolve(sentences(text), checker.people)
    assert found[-1].checked == ""  # not Babaev: the Secretary General, whom no name is given for
