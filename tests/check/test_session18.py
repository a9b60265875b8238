"""Mechanisms that the misses of the sweep over every blind set showed in the
eighteenth session, each asserted on claims of our own written like the ones
that showed them. The sets themselves are reported in tests/blind/, never
asserted."""

from __future__ import annotations

from cstofacts.check.words import used_as
from tests.check.verdicts import assert_verdict


def test_an_approximate_count_far_from_the_sources_count_conflicts(checker):
    # "As a result of the CSTO summit, 15 documents were signed": about 25 is not 15
    assert_verdict(checker, "Some 25 documents were signed at the CSTO summit.", "refuted", "15 documents")
    assert_verdict(checker, "Roughly twenty documents were signed at the CSTO summit.", "refuted", "15 documents")
    # within a quarter of it, an approximate count is no conflict
    assert_verdict(checker, "About 16 documents were signed at the CSTO summit.", "not-enough-info")


def test_a_title_in_small_letters_before_a_name_is_compared(checker):
    # "Armenian Foreign Minister Ararat Mirzoyan": a defence minister is another office
    assert_verdict(
        checker,
        "Armenia's defence minister Ararat Mirzoyan said he gets on excellently with Tasmagambetov.",
        "refuted",
        "Foreign Minister",
    )
    assert_verdict(
        checker, "Belarusian president Kassym-Jomart Tokayev urged CSTO members to avoid alarm.", "refuted", "Kazakh"
    )
    # the sources' own office, written small, matches
    assert_verdict(
        checker,
        "Armenian foreign minister Ararat Mirzoyan said he gets on excellently with Tasmagambetov.",
        "supported",
    )
    # a title set off by a comma before another's name is not that person's
    assert_verdict(
        checker,
        "At a meeting with the NATO Secretary General, Pashinyan openly signalled that Yerevan wants close "
        "cooperation with the alliance.",
        "supported",
    )


def test_a_word_in_a_rarer_sense_can_bear_a_claim_out(checker):
    # "suspend its participation": to freeze it, in a rarer sense of "freeze"
    assert_verdict(checker, "Armenia, which has frozen its participation, remains a member de jure.", "supported")
    # "the full spectrum of security threats": a range, in a rarer sense of "range"
    assert_verdict(
        checker,
        "Because the leading powers are not talking to each other about the full range of security threats, "
        "the risk of global crises keeps rising.",
        "supported",
    )


def test_a_rarer_sense_must_be_of_the_part_of_speech_the_claim_uses(checker):
    # a tip is a point (a noun), but "would tip the balance" is a verb: the record's
    # "point out" does not bear it out, and the "may" it says stays unmatched
    claim = "According to the Secretariat's analysts, Armenia's departure would certainly tip the balance of power."
    assert checker.check(claim).verdict != "supported"


def test_a_rarer_sense_counts_for_support_only(checker):
    # "a ceremony" is "an exercise" only in a rarer sense ("graduation exercises"): no
    # record about an exercise is thereby read as naming another person for the award
    assert_verdict(
        checker, "The award was presented by the President of Kyrgyzstan at a ceremony in Bishkek.", "not-enough-info"
    )


def test_a_noun_after_a_preposition_has_no_verb_for_a_synonym(checker):
    # "fully maintained its obligations": "on hold" is no "maintain", though "hold" the
    # verb may be
    claim = "Tasmagambetov told Izvestia that the CSTO had put its obligations to Armenia on hold."
    assert checker.check(claim).verdict != "supported"


def test_the_part_of_speech_a_word_is_used_in(checker):
    reading = checker.read("Armenia's departure would certainly tip the balance; it froze the signed plans on hold.")
    at = {t.word: i for i, t in enumerate(reading.tokens)}
    assert used_as(reading, at["tip"]) == "v"  # after a modal and an adverb
    assert used_as(reading, at["balance"]) == "n"  # after a determiner
    assert used_as(reading, at["hold"]) == "n"  # after a preposition
    assert used_as(reading, at["signed"]) == "n"  # after a determiner, whatever its form
    assert used_as(reading, at["certainly"]) == ""


def test_a_plan_adopted_is_one_approved(checker):
    # "a Plan for the development of military cooperation ... for 2026-2030 was approved"
    assert_verdict(
        checker,
        "The military cooperation plan adopted by the defence ministers runs until 2035.",
        "refuted",
        "2026-2030",
    )
    assert_verdict(
        checker,
        "In late May 2025 the Council of Defense Ministers adopted a plan for developing military cooperation "
        "over 2026-2030.",
        "supported",
    )


def test_decades_are_counted_in_years_and_bounds_in_opposite_directions_conflict(checker):
    # "the CSTO has proven its worth over more than 30 years of its existence"
    assert_verdict(checker, "The CSTO has existed for more than three decades.", "supported", "30 years")
    assert_verdict(
        checker,
        "Tasmagambetov said the CSTO has proven its worth over less than two decades of existence.",
        "refuted",
        "30 years",
    )


def test_a_record_dating_only_the_act_set_before_the_claims_does_not_bear_it_out(checker):
    # the sources date the Almaty meeting (6 June 2024), never the Izvestia interview:
    # the meeting's record does not say the interview came before it
    assert_verdict(
        checker, "Tasmagambetov gave his Izvestia interview before the June 2024 Almaty meeting.", "not-enough-info"
    )
    # a record that tells the claim's own act as well as the one dated bears it out
    assert_verdict(
        checker, "The Khujand border agreement was signed after bilateral consultations held in 2024-2025.", "supported"
    )
    # "the year before," names no act after it
    assert_verdict(
        checker,
        "The year before, Brothers-in-Arms – 2022 had been staged in Kazakhstan in the autumn of 2022.",
        "supported",
    )


def test_an_office_held_also_is_no_conflict_and_no_support(checker):
    # the sources give Mirzoyan one office, Armenian Foreign Minister: another he is said
    # to hold "also" they neither give nor deny
    for claim in (
        "Mirzoyan is also deputy chairman of Armenia's ruling Civil Contract party.",
        "Ararat Mirzoyan, who spoke of excellent relations with Tasmagambetov, also holds the post of deputy "
        "prime minister.",
    ):
        assert_verdict(checker, claim, "not-enough-info")
    # without "also", another office is a conflict
    assert_verdict(checker, "Mirzoyan is Armenia's defence minister.", "refuted", "Foreign Minister")


def test_a_ministry_of_another_kind_than_the_one_headed_conflicts(checker):
    # "Sergei Aleynik, head of the Belarusian Ministry of Foreign Affairs"
    assert_verdict(checker, "Sergei Aleynik heads Belarus's defence ministry.", "refuted", "Foreign Affairs")
    assert_verdict(checker, "Sergei Aleynik heads Belarus's foreign ministry.", "supported")


def test_a_count_bounded_below_the_sources_conflicts(checker):
    # "15 documents were signed"; "more than 30 years of its existence"
    assert_verdict(checker, "Fewer than 15 documents were signed at the CSTO summit.", "refuted", "15 documents")
    assert_verdict(
        checker,
        "Tasmagambetov said the CSTO has proven its worth over less than 30 years of existence.",
        "refuted",
        "30 years",
    )
    # a lower bound at the sources' own round number is let be
    assert_verdict(checker, "The CSTO has proven its worth over more than 30 years.", "supported")


def test_a_verb_in_a_rarer_sense_must_be_done_to_the_same_thing(checker):
    # "despite Armenia's decision to suspend its participation ..., the organisation fully
    # maintained its obligations": suspending is done to the participation, not the obligations
    assert checker.check("The CSTO has frozen its obligations to Armenia.").verdict != "supported"
    assert_verdict(checker, "Armenia, which has frozen its participation, remains a member de jure.", "supported")


def test_a_phrase_of_causing_is_compared_as_a_cause(checker):
    # "Bilateral consultations held in 2024-2025 led to the signing of a border agreement ..."
    for claim in (
        "Bilateral consultations held over 2024 and 2025 paved the way for the Khujand border agreement.",
        "The Khujand border agreement grew out of bilateral consultations held over 2024 and 2025.",
    ):
        assert_verdict(checker, claim, "supported")
    # the other way about is refuted, and a cause the record words otherwise is not borne out
    assert_verdict(
        checker,
        "The Khujand border agreement paved the way for bilateral consultations held over 2024 and 2025.",
        "refuted",
        "other way about",
    )
    claim = "According to Babaev, the pressure on Moscow and its allies grew out of an easing of tensions between Russia and the West."
    assert checker.check(claim).verdict != "supported"


def test_an_office_held_before_heading_another_is_no_conflict(checker):
    # "heading" is the verb "head" (the lexicon's lemma of the form is the noun "heading")
    assert_verdict(
        checker, "Before heading the CSTO, Tasmagambetov was Kazakhstan's prime minister.", "not-enough-info"
    )


def test_two_acts_set_in_order_are_compared_with_a_record_that_orders_them(checker):
    # "Bilateral consultations held in 2024-2025 led to the signing of a border agreement ..."
    assert_verdict(
        checker, "The Khujand border agreement followed bilateral consultations held in 2024 and 2025.", "supported"
    )
    for claim in (
        "The Khujand border agreement was signed before the 2024-2025 bilateral consultations got under way.",
        "The bilateral consultations on the border were held only after the Khujand agreement had been signed.",
        "Bilateral consultations followed the Khujand border agreement.",
    ):
        assert_verdict(checker, claim, "refuted", "other way about")
    # an order is no cause: another act set before the agreement is not refuted by its cause
    assert_verdict(
        checker,
        "The Minsk meeting on Kyrgyz-Tajik tensions preceded the signing of the Khujand border agreement "
        "by about two years.",
        "supported",
    )


def test_an_act_that_came_before_another_is_dated_by_its_records(checker):
    # "came" only places the act in time; "predated" is "preceded"
    assert_verdict(
        checker,
        "The Minsk meeting on Kyrgyz-Tajik tensions came before the UN General Assembly's resolution on "
        "cooperation with the CSTO.",
        "supported",
        "2023-03-06",
    )
    assert_verdict(
        checker,
        "The Minsk meeting on Kyrgyz-Tajik tensions came after the UN General Assembly's resolution on "
        "cooperation with the CSTO.",
        "refuted",
    )
    assert_verdict(
        checker, "Aleynik's remarks on CSTO unity predated Tokayev's appeal for calmer rhetoric.", "supported"
    )


def test_one_before_a_preposition_is_no_count(checker):
    # "one without rigid bloc discipline": the alliance, not a number of anything
    assert_verdict(
        checker, "Tasmagambetov describes the CSTO as a soft alliance, one without rigid bloc discipline.", "supported"
    )


def test_a_person_named_by_a_title_stands_in_no_things_place(checker):
    # "President X": a person, who cannot be the award or the exercise the record names
    for claim in (
        "The award was presented by Kyrgyz President Sadyr Japarov.",
        "Belarusian President Alexander Lukashenko opened the Combat Brotherhood – 2023 exercise.",
    ):
        assert_verdict(checker, claim, "not-enough-info", "do not mention")


def test_three_nationalities_joined_name_the_states_a_record_lists(checker):
    # "a border agreement between Tajikistan, Kyrgyzstan, and Uzbekistan", signed in Khujand
    assert_verdict(checker, "Khujand was the venue for the Tajik-Kyrgyz-Uzbek border agreement.", "supported")
    # a state the record does not list is still another name
    assert_verdict(checker, "The Tajik-Kyrgyz-Kazakh border agreement was signed in Khujand.", "refuted")


def test_explain_shows_a_word_held_in_a_rarer_sense(checker):
    result = checker.check("Armenia, which has frozen its participation, remains a member de jure.")
    words = [w for r in result.explain["records"] for w in r["words"] if w["claim"] == "freeze"]
    assert {"claim": "freeze", "how": "rarer sense", "record": "suspend"} in words
    # and the coverage support read, beside the one every other rule reads
    best = result.explain["records"][0]
    assert best["coverage"] < 0.72 <= best["coverage_with_rarer_senses"]
