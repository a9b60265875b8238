"""A closed list given with a wrong item."""

from __future__ import annotations

from cstofacts.check.read.listing import items


def test_a_lists_items_are_parted_by_commas_and_a_last_and():
    assert items(
        "The three spheres are foreign policy coordination, military cooperation and economic integration."
    ) == [
        "foreign policy coordination",
        "military cooperation",
        "economic integration",
    ]
    # an "and" inside the last item, after a serial comma, stays in it
    assert items("three spheres: coordination, cooperation, and counteraction to challenges and threats.") == [
        "coordination",
        "cooperation",
        "counteraction to challenges and threats",
    ]
    assert items("Fifteen documents were signed at the summit.") == []


def test_a_closed_list_with_an_item_the_source_lacks_is_refuted(checker):
    result = checker.check(
        "The CSTO's three spheres of activity are foreign-policy coordination, military cooperation and economic integration."
    )
    assert result.verdict == "refuted"
    assert result.reason.endswith("not economic integration")


def test_the_sources_own_list_in_other_words_is_not_refuted(checker):
    result = checker.check(
        "The CSTO's work rests on three complementary areas: foreign policy coordination, military cooperation "
        "and joint counteraction to transnational threats."
    )
    assert result.verdict != "refuted", result.reason


def test_one_said_to_be_the_only_one_where_the_source_names_others_is_refuted(checker):
    result = checker.check(
        "According to the Izvestia interviewer, Georgia is the only Transcaucasian country with which NATO is "
        "increasing contacts."
    )
    assert result.verdict == "refuted"
    assert "Armenia" in result.reason and "Azerbaijan" in result.reason


def test_another_main_objective_than_the_sources_is_refuted(checker):
    result = checker.check(
        "Belarusian Foreign Minister Sergei Aleynik said that expanding its membership is the CSTO's primary objective today."
    )
    assert result.verdict == "refuted"
    assert result.reason.endswith('not "expanding its membership"')
    same = checker.check(
        "Belarusian Foreign Minister Sergei Aleynik said that maintaining solidarity among members is the CSTO's "
        "primary objective today."
    )
    assert same.verdict != "refuted", same.reason


def test_another_name_said_to_be_the_main_one_is_refuted(checker):
    result = checker.check(
        "Iran is described as the main source of regional instability on the CSTO's southern frontiers."
    )
    assert result.verdict == "refuted", result.reason


def test_a_list_given_after_as_or_namely_is_read_as_the_list(checker):
    # a draft names the list "as" its items: set I's writer did (it was supported on its count)
    result = checker.check(
        "The CSTO article lists its three spheres of activity as foreign policy coordination, "
        "military cooperation and economic integration."
    )
    assert result.verdict == "refuted", result.reason
    assert result.reason.endswith("not economic integration")
    # an aside before the list ("as the article says") is no list: the last opener begins it
    assert items(
        "The three spheres, as the article says, are foreign policy, military cooperation and economic integration."
    ) == ["foreign policy", "military cooperation", "economic integration"]
    assert items("The plan names three aims, namely equipment, training and supply.") == [
        "equipment",
        "training",
        "supply",
    ]


def test_another_thing_named_as_the_main_one_is_refuted(checker):
    # "names X as the main Y" says what the main one is, as "X is the main Y" does (sets G and J)
    result = checker.check("The article names terrorism as the main source of regional instability.")
    assert result.verdict == "refuted", result.reason
    assert result.explain["rule"] == "another-main"
    result = checker.check("The article names Afghanistan as the main source of regional instability.")
    assert result.verdict != "refuted", result.reason


def test_one_thing_said_to_be_one_of_a_closed_list_it_is_not_in_is_refuted(checker):
    result = checker.check("Economic integration is one of the three spheres on which the CSTO's activity is based.")
    assert result.verdict == "refuted", result.reason
    assert result.reason.endswith("not Economic integration")
    result = checker.check("Military cooperation is one of the three spheres on which the CSTO's activity is based.")
    assert result.verdict == "supported", result.reason
