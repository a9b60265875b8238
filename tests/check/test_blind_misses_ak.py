"""Mechanisms that the misses of blind set AK (and AH before it) showed, each
asserted on claims of our own written like the ones that showed them. The sets
themselves are reported in tests/blind/, never asserted."""

from __future__ import annotations

from tests.check.verdicts import assert_verdict


def test_a_place_in_a_list_is_the_place_of_the_item_the_claim_names(checker):
    # the article's seven key areas: biological safety is the sixth; the first is another item's
    for wrong in ("first", "second"):
        assert_verdict(checker, f"Biological safety is the {wrong} key area in the article.", "refuted", "sixth")
    assert_verdict(checker, "Biological safety comes first in the article's list of key areas.", "refuted")
    assert_verdict(checker, "Biological safety is the sixth key area in the article.", "supported")


def test_an_aside_between_the_verb_and_hard_to_leaves_the_act_denied(checker):
    # the source: "the effect of which is now quite difficult to predict and calculate"
    for text in (
        "The effects of an Armenian withdrawal are, by the Secretariat's account, quite hard to predict.",
        "The effects of an Armenian withdrawal are quite hard to predict, the Secretariat says.",
    ):
        result = checker.check(text)
        assert result.verdict != "refuted", result.reason
    result = checker.check("The effects of an Armenian withdrawal are, the Secretariat says, easy to predict.")
    assert result.verdict != "supported", result.reason


def test_the_one_who_called_a_thing_the_main_one_is_not_that_thing(checker):
    # Aleynik: "maintaining solidarity and unity among CSTO members" is the primary objective
    assert_verdict(
        checker,
        "Belarus's foreign ministry chief was the one who called solidarity and unity among members"
        " the organisation's main objective today.",
        "supported",
    )
    assert_verdict(
        checker,
        "Expanding the membership is the organisation's main objective, Belarus's foreign minister said.",
        "refuted",
    )


def test_a_title_read_with_its_own_words_and_whose_it_is(checker):
    # "Armenia's prime minister" is Pashinyan's office, "prime" included; Mirzoyan is foreign minister
    assert_verdict(checker, "Ararat Mirzoyan is Armenia's prime minister.", "refuted", "Nikol Pashinyan")
    assert_verdict(checker, "Ararat Mirzoyan is Armenia's foreign minister.", "supported")
    # a title a few words on ("NATO's Secretary General") names no one at "prime minister"
    assert_verdict(
        checker,
        "It was Nikol Pashinyan, Armenia's prime minister, who told NATO's Secretary General"
        " that Yerevan wanted close cooperation with the alliance.",
        "supported",
    )


def test_words_the_record_reports_a_person_declaring_are_that_persons(checker):
    # "Izvestia's question states that ... Pashinyan ... openly declared Yerevan's desire"
    result = checker.check("Nikol Pashinyan told Jens Stoltenberg that Yerevan wanted close cooperation with NATO.")
    assert result.verdict == "supported", result.reason
    # Tasmagambetov's appointment is no saying of his
    result = checker.check(
        "Tasmagambetov said Western sanctions were the reason member states are rethinking their strategic priorities."
    )
    assert result.verdict != "refuted", result.reason


def test_a_name_titled_for_another_body_takes_no_ones_place_in_a_loose_act(checker):
    # the record: Tasmagambetov names the SCO among the bodies the CSTO works closely with
    assert_verdict(
        checker,
        "SCO Secretary General Nurlan Yermekbayev has called the CSTO his organisation's closest partner.",
        "not-enough-info",
    )
    # the record's own act, word for word, under another state's president: swapped
    assert_verdict(
        checker,
        "Belarusian President Alexander Lukashenko was the one who urged CSTO members not to frame"
        " their security in terms of mounting threats.",
        "refuted",
    )


def test_an_act_called_off_where_little_else_is_said_is_refuted(checker):
    # the source: "Unbreakable Brotherhood - 2023" was held in Kyrgyzstan; the plan was approved in May 2025
    for text in (
        "The Unbreakable Brotherhood exercise in Kyrgyzstan was called off.",
        "In May 2025 the Council of Defence Ministers shelved the draft plan for military cooperation in 2026-2030.",
    ):
        result = checker.check(text)
        assert result.verdict == "refuted", result.reason
    # a year the record does not give: another act, perhaps
    result = checker.check("The article blames the pandemic for postponing CSTO exercises in 2020.")
    assert result.verdict != "refuted", result.reason


def test_a_hedge_in_a_which_clause_hedges_what_it_is_said_of(checker):
    # "a confrontation between Armenia and the CSTO, which I hope is no more than hypothetical,"
    result = checker.check("Tasmagambetov said a confrontation between Armenia and the CSTO is already a reality.")
    assert result.verdict != "supported", result.reason


def test_the_states_of_a_dated_placed_occasion_are_its_participants_not_its_name(checker):
    # "On March 6, 2023, a meeting was held in Minsk to discuss proposals for reducing tensions
    # between Kyrgyz and Tajik people."
    text = "The March 2023 meeting in Minsk discussed proposals for easing tensions between {}."
    result = checker.check(text.format("Armenia and Azerbaijan"))
    assert result.verdict == "refuted", result.reason
    assert "Kyrgyzstan and Tajikistan" in result.reason
    result = checker.check(text.format("the Kyrgyz and Tajik peoples"))
    assert result.verdict == "supported", result.reason
    # undated and unplaced, another meeting may have had other parties
    result = checker.check("A meeting discussed proposals for easing tensions between Armenia and Azerbaijan.")
    assert result.verdict != "refuted", result.reason
