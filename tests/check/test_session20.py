"""Mechanisms that the misses of the sweep over every blind set showed in the
twentieth session, each asserted on claims of our own written like the ones
that showed them. The sets themselves are reported in tests/blind/, never
asserted."""

from __future__ import annotations

from cstofacts.check import NEI, REFUTED, SUPPORTED
from tests.check.verdicts import assert_verdict


def test_an_un_participle_is_the_opposite_of_its_verb(checker):
    # WordNet opposes "unchanged" to the participle "changed": the verb "change" it is of
    assert_verdict(
        checker,
        "Tasmagambetov said an Armenian exit would leave the South Caucasus balance of power unchanged.",
        REFUTED,
        "opposite",
    )
    assert_verdict(checker, "Armenia's withdrawal may change the balance of power in the South Caucasus.", SUPPORTED)


def test_would_asks_more_than_a_source_that_says_may(checker):
    # "would" sets a condition, but says for certain what follows from it; the source says "may"
    result = checker.check("Armenia's withdrawal would change the balance of power in the South Caucasus.")
    assert result.verdict == NEI
    assert "possibility" in result.reason


def test_a_body_speaks_by_the_officer_of_its_name(checker):
    # the Secretary General's words "the CSTO Secretariat takes into account ...": the
    # Secretariat he heads says so ("Secretariat" a form of his "Secretary")
    assert_verdict(checker, "The CSTO Secretariat says it takes NATO's activity in the region into account.", SUPPORTED)
    assert_verdict(checker, "Belarus said the CSTO Secretariat takes NATO's activity into account.", REFUTED)
    # a body he does not head does not speak by him (review probes)
    assert_verdict(
        checker, "Armenia says it has limited its participation in the work of the CSTO.", REFUTED, "speaker"
    )


def test_a_count_against_the_entities_a_record_lists(checker):
    # "Tajikistan, Kyrgyzstan and Uzbekistan signed a border agreement in Khujand": three
    assert_verdict(checker, "Four states put their names to the Khujand border agreement.", REFUTED, "three")
    assert_verdict(checker, "Only two countries signed the border agreement in Khujand.", REFUTED, "Uzbekistan")
    assert_verdict(checker, "Three countries signed the border agreement in Khujand.", SUPPORTED)
    # countries are not the bodies a record lists ("the CSTO, the CIS and the SCO")
    result = checker.check("Delegations from nine countries attended the signing of the Beijing roadmap.")
    assert result.verdict != REFUTED, result.reason


def test_over_a_span_of_years_is_through_it(checker):
    # "during thirty years of existence the CSTO has demonstrated that it is an influential ..."
    assert_verdict(
        checker, "Over twenty years of existence, the CSTO has demonstrated its influence.", REFUTED, "30 years"
    )
    assert_verdict(checker, "Over thirty years of existence, the CSTO has shown itself influential.", SUPPORTED)
    # "for over twenty years" is more than twenty: thirty is that
    result = checker.check("The CSTO has proven its worth for over twenty years of its existence.")
    assert result.verdict != REFUTED, result.reason


def test_an_occasion_pinned_by_date_and_place_took_up_its_own_subject(checker):
    # "A meeting was held in Minsk to discuss proposals for reducing tensions between
    # Kyrgyz and Tajik people" (6 March 2023)
    assert_verdict(
        checker, "The March 2023 meeting in Minsk was called to discuss the CSTO's budget.", REFUTED, "budget"
    )
    assert_verdict(
        checker, "The meeting held in Minsk on 6 March 2023 focused on the CSTO's ties with NATO.", REFUTED, "reducing"
    )
    assert_verdict(checker, "The March 2023 meeting in Minsk was devoted to easing Kyrgyz-Tajik tensions.", SUPPORTED)
    # the organisation concentrating "its attention" names no subject taken up
    assert_verdict(
        checker,
        "Security dynamics in Eastern Europe are where the organisation is concentrating its attention, the article says.",
        SUPPORTED,
    )


def test_decades_counted_are_years(checker):
    # "during thirty years of existence": "two decades" are twenty years, "three" thirty
    assert_verdict(checker, "The article credits the CSTO with two decades of existence.", REFUTED, "30 years")
    assert_verdict(checker, "The CSTO has existed for three decades.", SUPPORTED)


def test_the_general_assembly_is_no_general(checker):
    reading = checker.read("After the Security Council met, the CSTO, the General Assembly adopted a resolution.")
    assert "Imangali Tasmagambetov" not in {m.entity.name for m in reading.mentions}


def test_review_probes_at_the_edges_stay_unrefuted(checker):
    # a count of some of the parties, or of other parties, is no count of the record's list
    for claim in (
        "Two CSTO member states signed the Khujand border agreement together with Uzbekistan.",
        "Uzbekistan and two other countries signed the border agreement in Khujand.",
        "Bilateral consultations between two countries preceded the Khujand border agreement.",
        "NATO is increasing contacts with two Transcaucasus countries outside the CSTO, Georgia and Azerbaijan.",
        # "over" after a preposition bounds the count: more than 25, more than 20
        "With over 25 years of existence behind it, the CSTO has proven its worth.",
        "The CSTO has proven its worth in over 20 years of existence.",
        # "at least two decades" is twenty years or more: thirty is that
        "The CSTO has existed for at least two decades.",
        # the subject in other words, naming what the record names
        "In March 2023 officials met in Minsk to discuss de-escalating the conflict between Kyrgyzstan and Tajikistan.",
        "The meeting in Minsk on March 6, 2023 was dedicated to peace between Kyrgyzstan and Tajikistan.",
    ):
        result = checker.check(claim)
        assert result.verdict != REFUTED, (claim, result.reason)


def test_headed_for_is_the_opposite_of_moving_away_from(checker):
    # "both the CSTO and its member states are inclined to move away from the bloc mentality"
    assert_verdict(
        checker, "Tasmagambetov said CSTO members are moving towards a stricter bloc mentality.", REFUTED, "away from"
    )
    assert_verdict(checker, "Tasmagambetov said CSTO members lean towards abandoning a bloc mentality.", SUPPORTED)


def test_measures_against_a_crime_are_no_denial(checker):
    # the seventh key area: "measures against the recruitment of citizens ..., drugs trafficking ..."
    result = checker.check(
        "The seventh priority calls for measures against the recruitment of member states' citizens into"
        " terrorism, against drug trafficking and illegal migration, and for information security."
    )
    assert result.verdict == SUPPORTED, result.reason


def test_a_list_a_verb_of_listing_gives_before_as(checker):
    # "three complementary spheres ...: foreign policy coordination, military cooperation,
    # and joint counteraction to transnational challenges and threats"
    assert_verdict(
        checker,
        "The article lists foreign policy coordination, military cooperation and economic integration as the"
        " CSTO's three spheres of collective effort.",
        REFUTED,
        "economic integration",
    )


def test_a_date_in_a_relative_clause_of_another_act_is_that_acts(checker):
    # "Bilateral consultations held in 2024-2025 led to the signing on March 31, 2025, in Khujand ..."
    result = checker.check(
        "The Khujand border agreement was signed only after bilateral consultations that had begun in 2024."
    )
    assert result.verdict != REFUTED, result.reason
    assert_verdict(checker, "The Khujand border agreement was signed in 2024 after bilateral consultations.", REFUTED)


def test_late_in_a_month_is_its_last_part(checker):
    # "At a meeting of the Council of Defense Ministers on May 28, 2025, ... the Plan ... for 2026-2030"
    assert_verdict(
        checker,
        "Late in May 2025, the defence ministers approved a plan for military cooperation over 2026-2030.",
        SUPPORTED,
        "2025-05-28",
    )
    assert_verdict(
        checker, "Early in May 2025, the defence ministers approved a plan for military cooperation.", REFUTED, "date"
    )


def test_an_adverb_of_certainty_asks_more_than_can(checker):
    # "the bloc mentality, which can restrict national sovereignty"
    assert_verdict(
        checker,
        "According to Tasmagambetov, a bloc mentality inevitably restricts national sovereignty.",
        REFUTED,
        '"can"',
    )
    assert_verdict(checker, "Tasmagambetov said the bloc mentality can restrict national sovereignty.", SUPPORTED)
