"""Mechanisms that the misses of the sweep over every blind set showed in the
twenty-fourth session, each asserted on claims of our own written like the ones
that showed them. The sets themselves are reported in tests/blind/, never
asserted."""

from __future__ import annotations

from cstofacts.check import REFUTED, SUPPORTED
from tests.check.verdicts import assert_not_verdict, assert_verdict


def test_a_verb_is_opposed_to_the_noun_of_its_opposite_act(checker):
    # the record: the leaders' "approval" of the CSTO's mediating role; "approval" is the
    # act of approving, whose opposites WordNet gives as "reject" (and so "turn down")
    for verb in ("turned down", "rejected"):
        assert_verdict(
            checker,
            f"The presidents of Kyrgyzstan and Tajikistan {verb} the CSTO's mediation in their conflict.",
            REFUTED,
            "approval",
        )


def test_a_noun_of_an_act_opposes_only_a_verb_that_is_nothing_else(checker):
    # "ending" is no act of "end" against "center", nor "stance" of "stand" against "sit down"
    assert_not_verdict(checker, "The CSTO has set up a cyber-defence center to protect information security.", REFUTED)
    assert_not_verdict(checker, "Tasmagambetov sat down with BelTA in Minsk for the interview.", REFUTED)
    # nor is a noun with no verb in it an act: "food insecurity" against "security"
    assert_not_verdict(
        checker, "The threats Tasmagambetov listed also included climate change and food insecurity.", REFUTED
    )


def test_a_city_no_source_names_that_hosted_a_meeting_is_its_place(checker):
    # the sources tell of one such meeting, in Almaty; Astana and Bishkek they never name
    assert_verdict(
        checker,
        "Astana hosted the June 2024 meeting of the CSTO Committee of Secretaries of Security Councils.",
        REFUTED,
    )
    assert_verdict(
        checker, "The 2024 meeting of the Committee of Secretaries was hosted by Bishkek.", REFUTED, "Almaty"
    )
    assert_verdict(
        checker,
        "Almaty hosted the June 2024 meeting of the CSTO Committee of Secretaries of Security Councils.",
        SUPPORTED,
    )
    # a chair word with no state near it chairs nothing the claim names
    assert_not_verdict(checker, "The meeting was chaired by the secretary general.", REFUTED)


def test_what_a_claim_says_is_absent_is_denied(checker):
    # the record: "the absence of rigid bloc discipline"
    assert_verdict(
        checker, "Rigid bloc discipline is absent in the CSTO, which Tasmagambetov calls a soft alliance.", SUPPORTED
    )
    assert_not_verdict(checker, "Rigid bloc discipline is present in the CSTO.", SUPPORTED)
    # one absent from a meeting is not denied: he was not there, which no record says
    assert_not_verdict(checker, "Tasmagambetov was absent from the June 2024 meeting in Almaty.", SUPPORTED)
    assert_not_verdict(checker, "Uzbekistan was absent from the signing of the Khujand border agreement.", SUPPORTED)


def test_to_oppose_an_act_is_to_stand_against_it(checker):
    # the record: the Belarusian leadership "proposed to give priority to" expanding them
    assert_verdict(
        checker,
        "Belarus's leadership opposed giving priority to expanding the CSTO's information and analytical capabilities.",
        REFUTED,
        "denies",
    )
    # the record: Tokayev urged members to avoid framing their safety in terms of mounting threats
    assert_verdict(checker, "Tokayev opposed framing security in terms of mounting threats.", SUPPORTED)


def test_a_count_the_record_gives_of_a_kin_thing_is_no_conflict(checker):
    # the record: "five maneuvers ... the Interaction-2023 exercise and four special exercises"
    said = "were held in Belarus in 2023 as part of the Combat Brotherhood exercise."
    assert_verdict(checker, f"Five separate drills {said}", SUPPORTED)
    assert_verdict(checker, f"Six drills {said}", REFUTED)
    assert_verdict(
        checker, "Three special exercises were held in Belarus in 2023 as part of Combat Brotherhood.", REFUTED
    )
    # the record counts the claim's own "special" ones: four
    assert_verdict(checker, "Five special drills were held in Belarus as part of Combat Brotherhood – 2023.", REFUTED)


def test_what_the_record_denies_is_denied_in_the_claims_other_word_for_it(checker):
    # the record: "the CSTO does not seek to serve as a counterweight to NATO"
    assert_verdict(
        checker, "Tasmagambetov told BelTA that the CSTO's purpose is to counterbalance NATO.", REFUTED, "denies"
    )
    assert_verdict(checker, "Tasmagambetov said the CSTO does not seek to counterbalance NATO.", SUPPORTED)


def test_one_side_of_a_choice_the_record_puts_is_no_opposite(checker):
    # the record: "Yerevan's choice to remain within the CSTO or leave the organization"
    assert_not_verdict(
        checker,
        "Tasmagambetov said member states follow a multi-vector policy toward external players,"
        " which remains their sovereign right.",
        REFUTED,
    )
    assert_verdict(checker, "Tasmagambetov said contradictions between member states are abnormal.", REFUTED)


def test_a_claim_of_where_or_who_chaired_alone_states_something(checker):
    # "hosted by", "the venue for": a place to compare, though no other word is said
    assert_verdict(checker, "Brothers-in-Arms – 2023 was hosted by Kazakhstan.", REFUTED, "Belarus")
    # a place of another act ("met ... in Yerevan") is no place of what the claim orders
    assert_not_verdict(checker, "Tokayev spoke just days before Aleynik met Armenian officials in Yerevan.", REFUTED)


def test_an_outlet_described_beside_its_name_is_compared(checker):
    # the record: "the Belarusian news agency BelTA"
    said = "interviewed Tasmagambetov about the CSTO's stance on NATO."
    assert_verdict(checker, f"BelTA, a Russian news agency, {said}", REFUTED, "not a Russian news agency")
    assert_verdict(checker, f"The Russian news agency BelTA {said}", REFUTED, "not a Russian news agency")
    assert_verdict(checker, f"The Belarusian news agency BelTA {said}", SUPPORTED)


def test_a_records_own_gloss_of_an_open_list_is_no_leaving(checker):
    # a record said the article "leaves the list open": no opposite of joining the CSTO
    assert_not_verdict(
        checker, "Tasmagambetov said several countries have already expressed interest in joining the CSTO.", REFUTED
    )
