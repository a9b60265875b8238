"""Mechanisms that the misses of the sweep over every blind set showed in the
twenty-fifth session, each asserted on claims of our own written like the ones
that showed them. The sets themselves are reported in tests/blind/, never
asserted."""

from __future__ import annotations

import pytest

from cstofacts.check import REFUTED, SUPPORTED
from cstofacts.check.read.certainty import certain_adjective, certain_adverb
from cstofacts.check.words import tokenize
from tests.check.verdicts import assert_not_verdict, assert_verdict


@pytest.mark.parametrize(
    ("text", "certain"),
    [
        ("A clash between them is inevitable.", ["inevitable"]),
        ("He called the split unavoidable.", ["unavoidable"]),
        ("It can be confidently stated that the bloc matters.", ["confidently"]),
        # a verb's form, a word of need, a word before its noun: no certainty
        ("Armenia has decided to leave.", []),
        ("It is necessary to take its resources into account.", []),
        ("More work is needed on hybrid threats.", []),
        ("Certain countries have shown interest.", []),
    ],
)
def test_an_adjective_or_adverb_whose_adverb_is_of_certainty_is_read_as_certain(checker, text, certain):
    assert checker.read(text).certain == certain


def test_certainty_comes_from_the_lexicon_not_a_list_of_these_words():
    assert certain_adverb("unavoidably") and certain_adverb("confidently")
    assert not certain_adverb("carefully")
    assert certain_adjective(tokenize("It is inescapable."), 2)


def test_a_claim_that_makes_certain_with_an_adjective_what_the_source_hopes_hypothetical_is_refuted(checker):
    # "... a confrontation between Armenia and the CSTO, which I hope is no more than hypothetical"
    assert_verdict(
        checker,
        "The secretary general called a confrontation between Armenia and the CSTO unavoidable.",
        REFUTED,
        "unavoidable",
    )


def test_a_claim_that_only_hedges_what_the_source_states_with_certainty_is_refuted(checker):
    # "Engaging the Commonwealth of the Independent States in such efforts will definitely
    # become a significant factor of regional security assurance."
    assert_verdict(
        checker,
        "The CSTO's article says bringing in the CIS may perhaps become a significant factor of regional security.",
        REFUTED,
        "hedges",
    )
    # said as the source says it, it stands
    assert_verdict(
        checker,
        "The CSTO's article says engaging the CIS will definitely become a significant factor of regional security.",
        SUPPORTED,
    )


def test_a_word_of_doubt_is_the_claims_stance_not_a_word_of_what_it_says(checker):
    # "... indicates its significance as a key security structure in the Eurasian space"
    # ("it can be confidently stated", "concludes the author")
    assert_verdict(
        checker,
        "Babaev voices doubt about whether the CSTO is a key security structure in the Eurasian space.",
        REFUTED,
        "doubt",
    )


def test_no_doubt_is_certainty_and_not_a_doubt_as_well(checker):
    reading = checker.read("No doubt that the coordinating state has become an important component of the work.")
    assert reading.certain == ["no doubt"] and reading.doubts == []


def test_less_of_a_quality_is_the_opposite_of_its_noun_increasing(checker):
    # "On the one hand, as instability increases, the importance of regional security
    # systems also increases."
    assert_verdict(
        checker,
        "Tasmagambetov said rising instability leaves regional security systems less important.",
        REFUTED,
        "increase",
    )
    assert_not_verdict(
        checker, "Tasmagambetov said rising instability makes regional security systems more important.", REFUTED
    )


def test_the_first_is_denied_by_not_the_first(checker):
    # "It was not the first year for the experts to acknowledge the escalation of military
    # and political tension in Eurasia."
    assert_verdict(
        checker,
        "The article says experts acknowledged the escalation of tension in Eurasia for the first year.",
        REFUTED,
        "denies",
    )
    assert_not_verdict(
        checker,
        "The article says it was not the first year that experts acknowledged the escalation of tension in Eurasia.",
        REFUTED,
    )


def test_a_topic_ends_at_its_verb(checker):
    # "The results of such work are tested during regular joint combat training operations."
    # (the work on the CSTO's third area, the training and management of its Collective Forces)
    assert_verdict(
        checker,
        "Regular joint combat training operations are where the results of the work on the Collective Forces are put to the test.",
        SUPPORTED,
    )


def test_linking_two_things_says_neither_caused_the_other_first(checker):
    # "the intensification of confrontation between Russia and the West ... contributed to
    # increased pressure on Moscow and its closest allies"
    for first, second in (
        ("the sharpening confrontation between Russia and the West", "increased pressure on Moscow and its allies"),
        ("increased pressure on Moscow and its allies", "the sharpening confrontation between Russia and the West"),
    ):
        assert_not_verdict(checker, f"Babaev links {first} to {second}.", REFUTED)
    assert_not_verdict(
        checker, "Babaev links growing pressure on Moscow and its closest allies to a thaw with the West.", SUPPORTED
    )


def test_a_compound_of_two_other_countries_is_another_frontier(checker):
    # the draft programme strengthens the Tajikistan-Afghanistan frontier
    assert_verdict(
        checker,
        "The draft Targeted Inter-Governmental Program is meant to strengthen the Kazakhstan-China frontier.",
        REFUTED,
        "Tajikistan-Afghanistan",
    )


def test_a_rank_is_compared_only_where_the_record_ranks_the_claims_thing(checker):
    # the third area is the forces; the fourth, the legal framework: a claim that ranks
    # the legal framework fourth, "after" the forces, is not refuted by the forces' rank
    assert_not_verdict(
        checker,
        "The legal framework is the fourth key area, coming after the strengthening of the CSTO's enforcement element.",
        REFUTED,
    )
    assert_verdict(checker, "Strengthening the CSTO's forces is the fourth key area.", REFUTED, "third")


def test_the_anniversary_of_an_act_runs_on_through_its_verb(checker):
    # "on 20 April we celebrated the 30th anniversary of the entry into force of the
    # Collective Security Treaty"
    assert_not_verdict(
        checker,
        "In April the thirtieth anniversary of the Collective Security Treaty taking effect was marked, he recalled.",
        REFUTED,
    )


def test_the_bodies_of_a_title_set_beside_a_name_are_its_role_not_what_is_said(checker):
    # Kirill Babaev is "director of the Institute of China and Modern Asia of the Russian
    # Academy of Sciences"; the record of his analysis names neither body
    assert_verdict(
        checker,
        "The review of the CSTO's work in 2023-2025 was written by Kirill Babaev, "
        "director of the Institute of China and Modern Asia of the Russian Academy of Sciences.",
        SUPPORTED,
    )
    assert_verdict(
        checker,
        "Kirill Babaev, deputy director of the Institute of China and Modern Asia, reviewed the CSTO's work in 2023-2025.",
        REFUTED,
        "role",
    )


def test_a_text_described_in_words_of_its_own_is_whose_words_they_are(checker):
    # "During thirty years of existence the CSTO has proved itself ... an influential and
    # capable organization"
    assert_verdict(
        checker,
        "A programmatic article on the bloc's future argues that over thirty years the CSTO "
        "has proven itself an influential and capable organization.",
        SUPPORTED,
    )


def test_the_unit_of_time_a_count_is_of_is_compared_by_the_count(checker):
    # "on 20 April we celebrated the 30th anniversary of the entry into force of the
    # Collective Security Treaty"
    assert_verdict(
        checker,
        "On 20 April the CSTO marked three decades since the Collective Security Treaty entered into force.",
        SUPPORTED,
    )


def test_a_hedge_against_the_certainty_of_the_sentence_a_record_quotes(checker):
    # "Thus, it can be confidently stated that "The dynamics of the CSTO's activities...
    # indicates its significance as a key security structure in the Eurasian space,"
    # concludes the author."
    assert_verdict(
        checker,
        "Babaev suggests that the CSTO might perhaps be a key security structure in the Eurasian space.",
        REFUTED,
        "hedges",
    )


def test_a_title_in_small_letters_before_a_name_is_its_role(checker):
    # Tokayev urged members "to avoid a habit of repeatedly framing their safety in terms of
    # mounting threats"; Aleynik is "head of the Belarusian Ministry of Foreign Affairs"
    assert_verdict(
        checker,
        "Belarus's foreign minister Sergei Aleynik urged CSTO members to stop framing their security "
        "in terms of mounting threats.",
        REFUTED,
        "Tokayev",
    )
    assert_verdict(
        checker,
        "Kazakhstan's foreign minister Sergei Aleynik said that maintaining solidarity and unity "
        "is the CSTO's primary objective.",
        REFUTED,
        "role",
    )


def test_a_hedge_is_refuted_only_by_certainty_over_what_it_hedges(checker):
    # "This situation requires special attention ..." follows a sentence with "inevitably";
    # a hedge of the requirement is no doubt of that certainty
    assert_not_verdict(
        checker,
        "The CSTO article says this situation may require the special attention of military and political alliances.",
        REFUTED,
    )
    # "I can assess the level of preparedness ... as high": his confidence, no necessity
    assert_not_verdict(
        checker, "Tasmagambetov confidently assesses the level of preparedness to respond to threats as high.", REFUTED
    )


def test_not_the_first_denies_the_first_of_the_same_thing_only(checker):
    # "It was not the first year for the experts to acknowledge the escalation ..."
    assert_not_verdict(
        checker,
        "The CSTO article says experts first acknowledged the escalation of tension in Eurasia in earlier years.",
        REFUTED,
    )


def test_doubt_of_what_the_record_denies_agrees_with_it(checker):
    # "there is no justification for portraying the threat as continually escalating"
    assert_not_verdict(
        checker, "Tokayev cast doubt on portraying the threat to CSTO member states as continually escalating.", REFUTED
    )
    # "not in doubt" is no doubt
    assert checker.read("Tokayev says the CSTO's effectiveness is not in doubt.").doubts == []


def test_a_compound_of_two_other_countries_must_name_the_same_thing(checker):
    assert_not_verdict(
        checker,
        "The secretary general intensified efforts to normalize the situation at the Kyrgyz-Tajik border "
        "as Russia-Belarus coordination deepened.",
        REFUTED,
    )


def test_a_gerund_after_a_name_is_no_title(checker):
    assert_not_verdict(
        checker,
        "Kirill Babaev, writing about the Russian Academy of Sciences, says the CSTO reaffirmed its significance.",
        SUPPORTED,
    )


def test_less_of_a_quality_is_compared_with_the_head_of_what_increases(checker):
    # "the importance of regional security systems also increases": not "regional"
    assert_not_verdict(
        checker, "Tasmagambetov says security is becoming less regional as instability increases.", REFUTED
    )


@pytest.mark.parametrize(
    ("claim", "wrong", "reason", "right"),
    [
        # Babaev: 2022 became "a turning point for a number of international political processes";
        # a verb of saying reports past a phrase before its "that"
        (
            "{} wrote on the 'Allies. CSTO' portal that 2022 was a turning point for international political processes.",
            "Tasmagambetov",
            "Babaev",
            "Babaev",
        ),
        # "as instability increases, the importance of regional security systems also increases":
        # a thing said to decline where the record says it increases
        (
            "Tasmagambetov argues that as instability grows, the importance of regional security systems {}.",
            "declines",
            "increase",
            "increases",
        ),
    ],
)
def test_the_wrong_word_is_refuted_and_the_sources_word_supported(checker, claim, wrong, reason, right):
    assert_verdict(checker, claim.format(wrong), REFUTED, reason)
    assert_verdict(checker, claim.format(right), SUPPORTED)


def test_has_still_to_is_not_done_so_far_as_has_yet_to_is(checker):
    # "during thirty years of existence, the CSTO has proven demonstratively that it is an
    # influential and capable organization"; WordNet gives "yet" as a synonym of "still"
    assert_verdict(
        checker,
        "The article says the CSTO has still to prove that it is an influential and capable organization.",
        REFUTED,
        "denies",
    )
