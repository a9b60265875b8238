"""Mechanisms that the misses of blind set BA showed, each asserted on claims of our
own written like the ones that showed them. The sets themselves are reported in
tests/blind/, never asserted."""

from __future__ import annotations

from tests.check.verdicts import assert_verdict


def test_a_whole_list_one_record_has_is_not_checked_against_another_list(checker):
    # "... three complementary spheres: coordination of foreign policy, military-political
    # cooperation, and joint counteraction to transnational challenges and threats"; a
    # track record of "joint exercises, information sharing and coordinated response
    # planning" is another list of three
    assert_verdict(
        checker,
        "The CSTO works in three areas: coordinating foreign policy, military cooperation"
        " and joint action against transnational threats.",
        "supported",
    )
    # one item of three is still checked against every list of three
    assert_verdict(checker, "Economic integration is one of the three spheres of the CSTO's activity.", "refuted")


def test_an_outlet_that_carries_the_words_does_not_make_them_the_claimed_speakers(checker):
    # "According to Sputnik Armenia, Armenian Foreign Minister Ararat Mirzoyan said that he
    # has excellent relations with the CSTO Secretary General"
    assert_verdict(
        checker,
        "According to Sputnik Armenia, it was Pashinyan who said he had excellent relations with Tasmagambetov.",
        "refuted",
        "not Nikol Pashinyan",
    )
    assert_verdict(
        checker,
        "According to Sputnik Armenia, Mirzoyan said he had excellent relations with Tasmagambetov.",
        "supported",
    )


def test_an_opening_that_names_the_field_of_the_news_is_no_content(checker):
    # "On November 18, the UN General Assembly adopted a resolution on cooperation with the CSTO"
    assert_verdict(
        checker,
        "On the diplomatic front, the UN General Assembly adopted a resolution on cooperation with the CSTO"
        " on 18 November 2024.",
        "supported",
    )
    # the field named, what follows is checked as ever
    assert_verdict(
        checker,
        "On the diplomatic front, the UN General Assembly rejected a resolution on cooperation with the CSTO"
        " on 18 November 2024.",
        "refuted",
    )
    # a date, a name or more than a few words is no heading
    assert_verdict(
        checker,
        "On the eve of the Almaty meeting, the UN General Assembly adopted a resolution on cooperation with the CSTO.",
        "not-enough-info",
    )


def test_a_region_describing_states_is_no_state_swapped(checker):
    # "Tajikistan, Kyrgyzstan and Uzbekistan signed a border agreement in Khujand"
    verdict = checker.check(
        "A border agreement among three Central Asian states, signed in Khujand, is called a significant step"
        " toward stability in the region."
    )
    assert verdict.verdict != "refuted", verdict.reason
    # a region in the place of another region is swapped
    assert_verdict(
        checker,
        "The CSTO concentrates on the evolving security dynamics in Central Asia, according to Tasmagambetov.",
        "refuted",
        "Eastern Europe",
    )


def test_what_is_named_as_the_main_one_comes_before_an_aside(checker):
    # "... Afghanistan remains the main source of instability and potential risks on the
    # CSTO's southern frontiers"
    verdict = checker.check(
        "The CSTO article identifies Afghanistan, on the organization's southern borders, as the main source"
        " of regional instability."
    )
    assert verdict.verdict != "refuted", verdict.reason
    assert_verdict(
        checker,
        "The CSTO article identifies Iran, on the organization's southern borders, as the main source"
        " of regional instability.",
        "refuted",
        "Afghanistan",
    )
