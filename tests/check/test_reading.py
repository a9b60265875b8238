"""Stage 1: a sentence read into names, dates, counts, places, who says it, and its stance."""

from __future__ import annotations

from datetime import date

import pytest

from cstofacts.check.read.reading import read
from cstofacts.check.read.when import find_when


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("signed on 31 March 2025", date(2025, 3, 31), date(2025, 3, 31)),
        ("signed on 31.03.2025", date(2025, 3, 31), date(2025, 3, 31)),
        ("signed on 2025/03/31", date(2025, 3, 31), date(2025, 3, 31)),
        ("in March 2025", date(2025, 3, 1), date(2025, 3, 31)),
        ("in the spring of 2023", date(2023, 3, 1), date(2023, 5, 31)),
        ("in the summer of 2024", date(2024, 6, 1), date(2024, 8, 31)),
        ("the autumn of 2022", date(2022, 9, 1), date(2022, 11, 30)),
        ("in winter 2023", date(2023, 12, 1), date(2024, 2, 29)),
        ("in early 2025", date(2025, 1, 1), date(2025, 4, 30)),
        ("mid-2024", date(2024, 5, 1), date(2024, 8, 31)),
        ("in late 2024", date(2024, 9, 1), date(2024, 12, 31)),
        ("in late May 2025", date(2025, 5, 21), date(2025, 5, 31)),
        ("in the first half of 2024", date(2024, 1, 1), date(2024, 6, 30)),
        ("in the third quarter of 2024", date(2024, 7, 1), date(2024, 9, 30)),
        ("in Q4 2023", date(2023, 10, 1), date(2023, 12, 31)),
        ("at the end of 2024", date(2024, 10, 1), date(2024, 12, 31)),
        ("in September and October 2022", date(2022, 9, 1), date(2022, 10, 31)),
        ("consultations in 2024-2025", date(2024, 1, 1), date(2025, 12, 31)),
    ],
)
def test_dates_as_drafts_write_them(text, first, last):
    (found,) = find_when(text)
    assert (found.first, found.last) == (first, last)


def test_a_day_without_a_year_is_kept_as_one():
    (found,) = find_when("on 20 April we celebrated")
    assert not found.year and found.label() == "--04-20"


def test_an_edition_name_is_not_a_date(names):
    reading = read("Brothers-in-Arms – 2022 took place in Kazakhstan", names)
    assert reading.dates == []
    assert next(m.entity.name for m in reading.mentions) == "Brothers-in-Arms – 2022"


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Fifteen documents were signed at the summit.", [(15, "document")]),
        ("At the summit 15 documents were signed.", [(15, "document")]),
        ("It set out seven key areas.", [(7, "area")]),
        ("twenty-five member states", [(25, "state")]),
        ("the 30th anniversary", [(30, "anniversary")]),
        ("one of the tasks", []),
    ],
)
def test_counts_anywhere_in_the_sentence(names, text, counts):
    assert [(c.value, c.noun) for c in read(text, names).counts] == counts


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The Kazakh president urged calm.", "Kassym-Jomart Tokayev"),
        ("The president of Kazakhstan urged calm.", "Kassym-Jomart Tokayev"),
        ("The head of Belarusian diplomacy spoke of unity.", "Sergei Aleynik"),
        ("Armenia's top diplomat praised the relations.", "Ararat Mirzoyan"),
        ("The organisation's secretary general was awarded an order.", "Imangali Tasmagambetov"),
        ("NATO's chief met Pashinyan.", "Jens Stoltenberg"),
    ],
)
def test_a_person_is_found_by_the_role_the_sources_give(names, text, person):
    assert person in [m.entity.name for m in read(text, names).mentions if m.how == "role"]


def test_a_name_of_the_store_in_another_spelling(names):
    reading = read("The Council of Defence Ministers approved a plan.", names)
    assert "CSTO Council of Defense Ministers" in [e.name for e in reading.entities]


@pytest.mark.parametrize(
    ("text", "speakers", "outlets"),
    [
        ("Tasmagambetov said the CSTO keeps its obligations.", ["Imangali Tasmagambetov"], []),
        ("According to Babaev, 2022 was a turning point.", ["Kirill Babaev"], []),
        ("Tasmagambetov told Izvestia that the CSTO keeps its obligations.", ["Imangali Tasmagambetov"], ["Izvestia"]),
        ("In an interview with BelTA, Tasmagambetov said so.", ["Imangali Tasmagambetov"], ["BelTA"]),
        ("The Secretariat's analysts point out that it may change.", ["CSTO Secretariat"], []),
        ("Afghanistan is described as the main source of instability.", [], []),  # a passive: no one's words
        ("Tokayev urged CSTO members to avoid framing their safety so.", ["Kassym-Jomart Tokayev"], []),
        (
            '"What we call soft alliance is a strong point of our organization," said Tasmagambetov.',
            ["Imangali Tasmagambetov"],
            [],
        ),
    ],
)
def test_who_holds_the_words(names, text, speakers, outlets):
    reading = read(text, names)
    assert [e.name for e in reading.speakers] == speakers
    assert [e.name for e in reading.outlets] == outlets


def test_the_article_as_a_speaker(names):
    assert read("The article presents Aleynik's remarks as underscoring cohesion.", names).by_text


@pytest.mark.parametrize(
    ("text", "denied", "heads"),
    [
        (
            # "seek to" and "serve as" frame what is denied: being a counterweight
            "The CSTO does not seek to serve as a counterweight to NATO.",
            {"seek", "serve", "counterweight", "nato"},
            {"counterweight"},
        ),
        (
            "Tokayev urged members to avoid framing their safety in terms of threats.",
            {"frame", "safety", "term", "threat"},
            {"frame"},
        ),
        ("The absence of rigid bloc discipline is a strong point.", {"rigid", "bloc", "discipline"}, {"bloc"}),
        ("It is not rigid, but it is strong.", {"rigid"}, {"rigid"}),
    ],
)
def test_what_a_negation_denies_ends_with_its_clause(names, text, denied, heads):
    reading = read(text, names)
    assert {reading.tokens[i].lemma for i in reading.denied} - {"of", "in", "their", "to", "as", "a"} == denied
    assert {reading.tokens[i].lemma for i in reading.denied_heads} == heads


@pytest.mark.parametrize(
    ("text", "hedges", "certain", "conditional", "question"),
    [
        ("The balance of power may change.", ["may"], [], False, False),
        ("The balance of power will change if Armenia withdraws.", [], ["will"], True, False),
        ("Leaving would be Armenia's sovereign right.", [], [], True, False),
        ("Does the CSTO plan to include new members?", [], [], False, True),
        ("I can assess the level of preparedness as high.", [], [], False, False),
    ],
)
def test_stance(names, text, hedges, certain, conditional, question):
    reading = read(text, names)
    assert (reading.hedges, reading.certain, reading.conditional, reading.question) == (
        hedges,
        certain,
        conditional,
        question,
    )


def test_preference_sides(names):
    reading = read("The CSTO prioritises dialogue over a confrontational security posture.", names)
    preferred, aside = reading.preferred
    assert "dialog" in preferred and {"confrontational", "posture"} <= aside


def test_words_of_one_meaning_are_one_unit(names):
    reading = read("The exercise took place in Belarus.", names)
    assert "take place" in reading.content_lemmas
    assert "sign in" not in read("It was signed in Khujand.", names).content_lemmas


def test_the_words_that_make_a_state_host_are_the_place_slots(checker):
    reading = checker.read("Belarus played host to Brothers-in-Arms – 2023 in September 2023.")
    assert (reading.chair, reading.hosted) == ("Belarus", True)
    assert {reading.tokens[i].word for i in reading.content}.isdisjoint({"played", "host"})
    chaired = checker.read("The June 2024 meeting in Almaty was held under Belarus's chairmanship.")
    assert "chairmanship" in {chaired.tokens[i].word for i in chaired.content}  # records name it too
    assert checker.check("Belarus played host to Brothers-in-Arms – 2023 in September 2023.").verdict == "supported"


def test_agreeing_to_a_thing_is_no_reported_speech(checker):
    reading = checker.read("The leaders of Kyrgyzstan and Tajikistan agreed to the CSTO's mediating role.")
    assert reading.speakers == []
    assert checker.check(reading.text).verdict != "refuted"


def test_a_relative_clauses_verb_is_no_title(checker):
    claim = (
        'In an article for the portal "Allies. CSTO", Kirill Babaev, who heads the Institute of China and Modern '
        "Asia of the Russian Academy of Sciences, reviewed the bloc's work for 2023-2025."
    )
    assert "Imangali Tasmagambetov" not in {e.name for e in checker.read(claim).entities}
    assert checker.check(claim).verdict != "refuted"


def test_a_passive_verb_of_saying_before_as_is_a_frame_not_content(checker):
    reading = checker.read("Afghanistan is described as the main source of instability.")
    assert "described" not in {reading.tokens[i].word for i in reading.content}
    assert checker.check(reading.text).verdict == "supported"


def test_in_whose_view_is_attribution(checker):
    reading = checker.read(
        "In Babaev's view, 2022 marked a turning point for a number of international political processes."
    )
    assert [e.name for e in reading.speakers] == ["Kirill Babaev"]
    assert "view" not in {reading.tokens[i].word for i in reading.content}


def test_a_clause_after_a_name_is_no_title(checker):
    reading = checker.read("According to Tasmagambetov, a bloc mentality may limit national sovereignty.")
    assert {"bloc", "mentality", "limit", "sovereignty"} <= {reading.tokens[i].word for i in reading.content}


def test_a_described_outlet_may_name_itself_after(checker):
    reading = checker.read(
        "In an interview with the Belarusian news agency BelTA, Tasmagambetov said the CSTO is no counterweight."
    )
    assert [e.name for e in reading.outlets] == ["BelTA"]
    assert "BelTA" not in [e.name for e in reading.subjects]


def test_a_city_that_hosted_is_where_it_was_held(checker):
    result = checker.check(
        "In early June 2024, Almaty hosted a meeting of the CSTO Committee of Secretaries of Security Councils."
    )
    assert result.verdict == "supported", result.reason


def test_an_office_the_sources_give_is_no_unknown_name(checker):
    result = checker.check(
        "The CSTO works closely with the United Nations, the SCO and the CIS, according to its Secretary General."
    )
    assert not result.reason.startswith("the sources do not mention Secretary")


def test_its_office_is_of_what_the_sentence_is_about(checker):
    reading = checker.read(
        "The CSTO respects the foreign policy decisions of member states that cooperate with NATO, its Secretary General said."
    )
    assert [e.name for e in reading.speakers] == ["Imangali Tasmagambetov"]  # the CSTO's, not NATO's


def test_a_text_published_on_an_outlet_is_given_to_that_outlet(checker):
    reading = checker.read(
        "Kirill Babaev's review of the CSTO's work in 2023-2025 appeared on the \"Allies. CSTO\" portal."
    )
    assert [e.name for e in reading.outlets] == ["Allies. CSTO"]
    assert "portal" not in {reading.tokens[i].word for i in reading.content}
    assert checker.check(reading.text).verdict == "supported"


def test_decades_are_counted_in_years(checker):
    assert [(c.value, c.noun) for c in checker.read("Over three decades, the CSTO has grown.").counts] == [(30, "year")]


def test_a_lower_case_word_is_no_exercise_of_that_name(checker):
    reading = checker.read("The CSTO will build up systemic interaction with the SCO.")
    assert "Interaction-2023" not in {e.name for e in reading.entities}


def test_the_venue_of_an_event_is_where_it_was_held(checker):
    reading = checker.read('Kyrgyzstan was the venue of "Unbreakable Brotherhood – 2023".')
    assert (reading.chair, reading.hosted) == ("Kyrgyzstan", True)


def test_a_thing_done_to_a_thing_is_no_words_said(checker):
    reading = checker.read(
        "At its May 2025 meeting, the CSTO Council of Defense Ministers rejected a plan for military cooperation."
    )
    assert reading.speakers == []
    assert [e.name for e in checker.read("Tokayev said the CSTO has proven effective.").speakers] == [
        "Kassym-Jomart Tokayev"
    ]


def test_a_person_describing_something_as_gives_their_view(checker):
    reading = checker.read(
        "Babaev describes 2022 as a watershed year for a number of international political processes."
    )
    assert [s.name for s in reading.speakers] == ["Kirill Babaev"]
    assert "describe" not in reading.content_lemmas
    # an act with "as" is no one's words
    acted = checker.read("The leaders of Kyrgyzstan and Tajikistan accepted the CSTO as a mediator.")
    assert acted.speakers == []


def test_known_as_and_called_before_a_name_are_no_content(checker):
    reading = checker.read("Kyrgyzstan hosted the joint exercise known as Unbreakable Brotherhood – 2023.")
    assert "know" not in reading.content_lemmas
    assert "call" not in checker.read("The article appeared on a portal called Allies.").content_lemmas
    assert "call" in checker.read("Tokayev called for calm.").content_lemmas  # a call, no name


def test_act_as_and_serve_as_say_what_a_thing_is(checker):
    assert "act" not in checker.read("The CSTO offered to act as a mediator.").content_lemmas
    assert "serve" not in checker.read("The CSTO does not seek to serve as a counterweight.").content_lemmas
    claim = "The leaders of Kyrgyzstan and Tajikistan turned down the CSTO's offer to act as a mediator."
    assert checker.check(claim).verdict == "refuted"


def test_a_clause_after_a_name_is_no_title_and_no_longer_is_the_negations_own(checker):
    reading = checker.read("According to Tasmagambetov, the CSTO no longer monitors or analyses NATO's actions.")
    assert reading.titles == set()
    assert {"monitor", "analyze"} <= set(reading.content_lemmas)
    assert "long" not in reading.content_lemmas
    titled = checker.read("Kirill Babaev, the director of the Institute of China and Modern Asia, wrote it.")
    assert titled.titles  # an apposition a comma closes


def test_member_states_followed_by_a_verb_is_a_noun_not_a_verb_of_saying(checker):
    reading = checker.read("The CSTO's member states are not signaling any intention to fortify their posture.")
    assert reading.speakers == []
    assert [s.name for s in checker.read("Such rhetoric, Tokayev warned, could mislead.").speakers] == [
        "Kassym-Jomart Tokayev"
    ]


def test_like_before_a_noun_is_a_preposition_no_content(checker):
    assert "like" not in checker.read("Crises in member states like Kazakhstan were prevented.").content_lemmas
