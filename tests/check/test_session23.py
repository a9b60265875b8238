"""Mechanisms that the misses of the sweep over every blind set showed in the
twenty-third session, each asserted on claims of our own written like the ones
that showed them. The sets themselves are reported in tests/blind/, never
asserted."""

from __future__ import annotations

from cstofacts.check import NEI, REFUTED, SUPPORTED
from tests.check.verdicts import assert_not_verdict, assert_verdict


def test_a_person_named_for_an_act_is_no_opposite_of_the_act(checker):
    # WordNet: "follow" against "lead", and "follower" against "leader"; a leader is who
    # someone is, and "following" the visits says when, not that anyone followed a leader
    assert_verdict(
        checker,
        "Following the secretary general's visits, the leaders of Kyrgyzstan and Tajikistan approved"
        " the CSTO's initiatives.",
        SUPPORTED,
    )


def test_a_speaker_named_by_a_title_after_according_to_its_is_the_speaker(checker):
    # "according to its secretary general" is who says it, not what the claim is about
    said = "The CSTO has stopped monitoring NATO's actions"
    assert_verdict(checker, f"{said}, according to its secretary general.", REFUTED, "denies")
    assert_verdict(checker, f"{said}, according to Tasmagambetov.", REFUTED, "denies")


def test_a_view_of_itself_says_what_a_thing_is(checker):
    # "positions itself as", "sees itself as": as "serves as" and "is" say it
    assert_verdict(checker, "Tasmagambetov said the CSTO positions itself as a counterweight to NATO.", REFUTED)
    assert_verdict(
        checker,
        "The CSTO does not see itself as a counterweight to NATO or to any other power, its secretary general said.",
        SUPPORTED,
    )


def test_an_adverb_of_the_lexicon_written_in_several_words_is_how_not_what(checker):
    # WordNet's "for the time being" is only an adverb: no word of what is said
    assert_verdict(checker, "Tasmagambetov said the CSTO is closed to new members for the time being.", REFUTED)
    # nor is an adverb's word an opposite of one of the record's ("far" against "approach")
    assert_not_verdict(checker, "So far the CSTO has held three exercises in Belarus.", REFUTED)


def test_a_phrase_is_matched_whole_never_by_its_first_word_alone(checker):
    # "new member": not the record's "new impetus" beside "member states"
    assert_verdict(checker, "The CSTO is closed to new members.", REFUTED, "open")
    # its words side by side or nearly, in either order: "the system of international relations"
    assert_verdict(
        checker,
        "The article blames rising tension in Eurasia on an increase in the controllability of the international system.",
        REFUTED,
        "decrease",
    )
    # a verb's phrase by its verb, as the record writes it ("keeping a close watch")
    assert_verdict(checker, "The CSTO does not keep track of NATO's actions.", REFUTED, "denies")


def test_a_verb_of_seeming_before_to_hedges(checker):
    # "seemed to be needed" says no more than the record's "it seems that ... are required"
    assert_verdict(checker, "Tasmagambetov said more work seemed to be needed on hybrid threats.", SUPPORTED)
    assert_verdict(checker, "Tasmagambetov said more work was needed on hybrid threats.", NEI, "possibility")


def test_two_records_joined_give_no_word_one_of_them_denies(checker):
    # "does not seek to serve as a counterweight" gives no "to counterbalance NATO"
    assert_not_verdict(
        checker,
        "Tasmagambetov said the CSTO focuses on the Eastern European arena in order to counterbalance NATO.",
        SUPPORTED,
    )


def test_a_place_on_the_articles_list_is_the_records_rank(checker):
    # the record: "names as the CSTO's fifth key area ... the southern frontiers"
    listed = "In the article's list of priorities, the stabilization of the CSTO's southern frontiers comes"
    assert_verdict(checker, f"{listed} fifth.", SUPPORTED, "fifth")
    assert_verdict(checker, f"{listed} third.", REFUTED, "fifth")
    # "the first item", "the sixth of the areas listed": the rank, not an item counted
    assert_verdict(
        checker, "Improving the CSTO's legal framework is the first item on the article's list of areas.", REFUTED
    )
    assert_verdict(checker, "Biological safety is the first of the priority areas listed in the article.", REFUTED)
    assert_verdict(checker, "Biological safety is the sixth of the priority areas listed in the article.", SUPPORTED)


def test_a_verbs_phrase_is_not_the_records_other_phrase_of_that_verb(checker):
    # the record "sets out" seven areas: no "set up" of laboratories
    assert_not_verdict(
        checker, "The CSTO has set up a network of biological safety laboratories across its member states.", SUPPORTED
    )
    # a bare ordinal before "to" orders acts, it ranks nothing in a list
    assert_not_verdict(
        checker, "The CSTO Secretary General went first to Tajikistan and only then to Kyrgyzstan.", SUPPORTED
    )


def test_a_list_the_claim_names_is_not_the_records_numbered_list(checker):
    # the materiel a key area lists is no list of key areas: its "third" is not the rank
    assert_not_verdict(
        checker,
        "Modern armaments come first on the list of materiel with which the troops should be equipped.",
        REFUTED,
    )
    # "the second of the three spheres" ranks spheres, past the count of them
    assert_verdict(checker, "Military cooperation comes third among the three spheres of the CSTO's activity.", REFUTED)
    assert_verdict(checker, "Military cooperation is the second of the three spheres of CSTO activity.", SUPPORTED)


def test_a_phrase_written_with_a_form_of_its_word(checker):
    # the record: "We commend ... the political leadership of the member states ..."
    assert_verdict(
        checker,
        "Tasmagambetov criticized the political leaders of the member countries for neglecting the CSTO's"
        " military potential.",
        REFUTED,
        "commend",
    )


def test_where_a_thing_is_named_the_main_one_is_not_what_is_named(checker):
    # "identified in the article as the main source": the article is where, Afghanistan what
    main = "is identified in the article as the main source of regional instability."
    assert_verdict(checker, f"Afghanistan {main}", SUPPORTED)
    assert_verdict(checker, f"Iran {main}", REFUTED, "Afghanistan")
    assert_not_verdict(
        checker,
        "The fifth priority is stabilising the southern frontiers, with Afghanistan seen as the main source of"
        " instability.",
        REFUTED,
    )


def test_one_who_chaired_in_person_is_not_the_state_that_chaired(checker):
    # the record: "held in Almaty under the chairmanship of the Republic of Kazakhstan"
    assert_verdict(checker, "The Almaty meeting was chaired by Kazakhstan.", SUPPORTED, "chair")
    assert_verdict(
        checker, "The Almaty meeting was chaired by the secretary of Kazakhstan's Security Council.", NEI, "chair"
    )
