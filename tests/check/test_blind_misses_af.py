"""Mechanisms that the misses of blind set AF and the sets before it showed, each
asserted on claims of our own written like the ones that showed them. The sets
themselves are reported in tests/blind/, never asserted."""

from __future__ import annotations

from tests.check.verdicts import assert_verdict


def test_a_title_in_a_clause_of_its_own_is_another_persons(checker):
    # "whom the Armenian prime minister met": the title is the subject's of that clause
    assert_verdict(
        checker, "Jens Stoltenberg, whom the Armenian prime minister met, is NATO's Secretary General.", "supported"
    )
    # set beside the name, the same title is the name's own, and wrong
    assert_verdict(checker, "Jens Stoltenberg, the Armenian prime minister, met NATO's Secretary General.", "refuted")


def test_a_persons_own_words_are_that_persons_whoever_reports_them(checker):
    text = "{}'s comments about his relationship with {} were carried by Sputnik Armenia."
    assert_verdict(
        checker,
        text.format("Ararat Mirzoyan", "the CSTO Secretary General"),
        "supported",
        "speaker matches Ararat Mirzoyan",
    )
    # the source has Mirzoyan's words, not Tasmagambetov's
    assert_verdict(checker, text.format("Tasmagambetov", "Mirzoyan"), "refuted")
    # two people's words set in order: a point in time, not who holds the claim's words
    assert_verdict(
        checker, "Before Tokayev's call for calm, Belarus's foreign minister had spoken of solidarity.", "supported"
    )


def test_a_name_after_a_preposition_is_no_speaker(checker):
    # "with the CSTO chief were carried by": the chief is what the remarks are about
    assert_verdict(
        checker, "Mirzoyan's comments about his ties with the CSTO chief were carried by Sputnik Armenia.", "supported"
    )
    # a phrase closed by a comma before the name leaves the name the subject
    assert_verdict(
        checker,
        "In an interview with BelTA, Tasmagambetov said the CSTO does not seek to be a counterweight to NATO.",
        "supported",
    )


def test_a_date_in_a_clause_of_another_act_dates_that_act(checker):
    # the Security Council met in July 2024; the General Assembly adopted its resolution in November
    text = "The UN General Assembly adopted its resolution on cooperation with the CSTO {} the Security Council {}."
    result = checker.check(text.format("only after", "had discussed the matter in July 2024"))
    assert result.verdict != "refuted", result.reason
    # the record's act on the wrong side of the other act's date
    result = checker.check(text.format("before", "discussed the matter in July 2024"))
    assert result.verdict == "refuted", result.reason
    assert "2024-11-18" in result.reason
    # a date the claim gives its own act is still compared
    result = checker.check("The UN General Assembly adopted its resolution on cooperation with the CSTO in July 2024.")
    assert result.verdict == "refuted", result.reason


def test_a_change_of_a_thing_the_source_says_went_the_other_way(checker):
    # the source: "unprecedented decrease of the controllability level in the system of
    # international relations"; its word "changes" (the genus of both) matched "growing" first
    text = (
        "The drivers of the escalation were changes in the global balance of forces and {} of international relations."
    )
    for change in ("a growth in the controllability", "a rising level of controllability"):
        result = checker.check(text.format(change))
        assert result.verdict == "refuted", (change, result.reason)
        assert "the opposite of" in result.reason
    result = checker.check(text.format("a fall in the controllability"))
    assert result.verdict == "supported", result.reason
    # a change of another thing in the same sentence is no opposite of this one
    result = checker.check(
        "The drivers of the rising tension were changes in the global balance of forces "
        "and a decrease in the controllability of international relations."
    )
    assert result.verdict == "supported", result.reason


def test_what_cannot_be_done_is_the_act_named_before_it(checker):
    # the source: "developing the CSTO's legal framework and harmonizing national laws cannot
    # be done without dynamic interparliamentary cooperation"
    result = checker.check(
        "The article says national laws cannot be harmonized without interparliamentary cooperation."
    )
    assert result.verdict == "supported", result.reason
    assert result.explain["rule"] != "denial"


def test_no_subject_can_do_it_denies_the_act(checker):
    # the source: "countries cannot cope with the new challenges and threats to regional security by themselves"
    result = checker.check("The article says no country can cope with the new threats to regional security by itself.")
    assert result.verdict == "supported", result.reason
    assert result.explain["rule"] != "denial"


def test_no_longer_is_what_held_formerly(checker):
    # the source: "the armed power was seen as the key instrument of this function, but in the
    # current conditions other forms, methods and means ... are becoming more important"
    result = checker.check(
        "The article says armed force is no longer seen as the only key instrument of national security."
    )
    assert result.verdict != "refuted", result.reason
    result = checker.check("The article says armed power was never seen as the key instrument of national security.")
    assert result.verdict == "refuted", result.reason


def test_words_given_to_another_are_found_past_the_outlet_the_claim_names(checker):
    # the BelTA interview is Tasmagambetov's; its many records must not crowd out the one
    # that holds the claim's words
    assert_verdict(
        checker,
        "Tokayev told BelTA that the CSTO does not seek to be a counterweight to NATO.",
        "refuted",
        "Imangali Tasmagambetov, not Kassym-Jomart Tokayev",
    )


def test_the_one_who_said_it_is_the_speaker(checker):
    text = (
        "{} was the one who said that maintaining solidarity and unity among members is the CSTO's primary objective."
    )
    assert_verdict(checker, text.format("Sergei Aleynik"), "supported")
    assert_verdict(checker, text.format("Kassym-Jomart Tokayev"), "refuted", "Sergei Aleynik")


def test_an_office_qualified_after_its_of_is_another_office(checker):
    # the source: "Sergei Aleynik, head of the Belarusian Ministry of Foreign Affairs"
    assert_verdict(
        checker, "Sergei Aleynik is Belarus's minister of defence.", "refuted", "Ministry of Foreign Affairs"
    )
    assert_verdict(checker, "Kirill Babaev is director of the Institute of China and Modern Asia.", "supported")


def test_held_after_an_occasion_says_only_that_it_took_place(checker):
    # the source: "... was discussed at a Security Council meeting on July 19, 2024"
    text = "Cooperation with the UN on peacekeeping and counter-terrorism came up at a Security Council session held on {}."
    assert_verdict(checker, text.format("19 July 2024"), "supported")
    assert_verdict(checker, text.format("19 July 2023"), "refuted")


def test_the_nationality_city_of_a_place_only_names_the_place(checker):
    result = checker.check("The border agreement of March 2025 was signed in the Tajik city of Khujand.")
    assert result.verdict == "supported", result.reason
    # a city of another country than the place's is no description of it
    result = checker.check("The border agreement of March 2025 was signed in the Kyrgyz city of Khujand.")
    assert result.verdict != "supported", result.reason


def test_two_things_one_speaker_said_are_each_checked_with_the_speaker(checker):
    # the TASS report: "conversations about danger have always existed in international life,
    # and current realities should be analyzed without unintentionally amplifying fear"
    text = "Tokayev said talk of danger has always been part of international life and that {}."
    result = checker.check(text.format("today's realities should be analysed without amplifying fear"))
    assert result.verdict == "supported", result.reason
    result = checker.check(text.format("today's realities should be analysed by amplifying fear"))
    assert result.verdict != "supported", result.reason
    # "... as low and said ...": the second act has the first one's subject
    result = checker.check(
        "Tasmagambetov rated the readiness to respond to threats as low and said hybrid threats need no more effort."
    )
    assert result.verdict == "refuted", result.reason


def test_two_dated_occasions_in_the_other_order_than_their_dates(checker):
    # Brothers-in-Arms - 2023: September 2023, in Belarus; Enduring Brotherhood: October 2023
    result = checker.check("The Unbreakable Brotherhood 2023 exercise preceded Combat Brotherhood 2023.")
    assert result.verdict == "refuted", result.reason
    assert result.explain["rule"] == "events-reversed"
    assert "2023-09" in result.reason and "2023-10" in result.reason
    result = checker.check("The Unbreakable Brotherhood 2023 exercise followed Combat Brotherhood 2023.")
    assert result.verdict != "refuted", result.reason
    # a document given in part ("the roadmap", "its resolution"): placed where the claim writes it
    result = checker.check(
        "The CSTO-CIS-SCO roadmap was signed in Beijing before the UN General Assembly adopted its resolution "
        "on cooperation with the CSTO."
    )
    assert result.verdict == "refuted", result.reason


def test_holding_the_office_of_is_being_it(checker):
    assert_verdict(checker, "Kassym-Jomart Tokayev holds the office of president of Kazakhstan.", "supported")
    assert_verdict(checker, "Kassym-Jomart Tokayev holds the post of president of Belarus.", "refuted")


def test_two_acts_described_in_words_against_their_records_dates(checker):
    # the Minsk meeting: 6 March 2023; the Khujand agreement: 31 March 2025
    result = checker.check(
        "The Minsk meeting on Kyrgyz-Tajik tensions preceded the signing of the Khujand border agreement."
    )
    assert result.verdict == "supported", result.reason
    assert result.explain["rule"] == "acts-in-order"
    result = checker.check("The Khujand border agreement was signed before the Minsk meeting on Kyrgyz-Tajik tensions.")
    assert result.verdict == "refuted", result.reason
    assert "2023-03-06" in result.reason


def test_a_verb_of_motion_that_places_an_act_in_time_or_says_whose_it_is_opposes_nothing(checker):
    # WordNet opposes "come" to "leave" and "go"; "came from Tasmagambetov" is no arriving
    result = checker.check(
        "The remark that the CSTO is open to countries that share its principles came from Tasmagambetov."
    )
    assert result.verdict != "refuted", result.reason
    result = checker.check(
        "The Enduring Brotherhood exercise of October 2023 came a month after Brothers-in-Arms – 2023."
    )
    assert result.verdict != "refuted", result.reason


def test_a_negation_ends_where_a_new_predicate_begins(checker):
    # "without rigid bloc discipline" denies the discipline, not what he "called" it after "and"
    text = "Tasmagambetov described the CSTO as a soft alliance without rigid bloc discipline and called this a {}."
    assert_verdict(checker, text.format("weakness"), "refuted")
    assert_verdict(checker, text.format("strong point"), "supported")


def test_a_word_for_an_outlet_beside_a_named_one_only_says_what_it_is(checker):
    result = checker.check("TASS was the outlet that reported Tokayev's remarks.")
    assert result.verdict == "supported", result.reason
    result = checker.check("Interfax was the outlet that reported Tokayev's remarks.")
    assert result.verdict != "supported", result.reason


def test_a_month_in_the_clause_of_an_act_the_claim_follows_is_that_acts(checker):
    # set AH: the resolution (18 November 2024) followed a discussion held in July (19 July 2024)
    result = checker.check(
        "The General Assembly resolution on cooperation with the CSTO followed a Security Council discussion "
        "of the subject held in July."
    )
    assert result.verdict != "refuted", result.reason
    # "followed in Belarus in August": no other act; the month is the claim's own act's
    result = checker.check("Brothers-in-Arms – 2023 followed in Belarus in August 2023.")
    assert result.verdict == "refuted", result.reason


def test_an_exercise_named_without_its_year_but_dated_in_it_is_that_edition(checker):
    # "Enduring Brotherhood" is the 2023 edition's other name; the source dates it October 2023
    assert_verdict(
        checker,
        "The Enduring Brotherhood exercise of the CSTO peacekeeping forces was held in September 2023.",
        "refuted",
        "2023-10",
    )
    assert_verdict(
        checker,
        "The Enduring Brotherhood exercise of the CSTO peacekeeping forces was held in October 2023.",
        "supported",
    )


def test_an_ordinal_place_in_a_list_the_claim_names(checker):
    # the article's seven key areas: the fifth is the southern frontiers
    result = checker.check("The article puts stabilization of the southern frontiers first among its key areas.")
    assert result.verdict == "refuted", result.reason
    assert "fifth" in result.reason
    result = checker.check("The article puts stabilization of the southern frontiers fifth among its key areas.")
    assert result.verdict == "supported", result.reason
    # an ordinal of another list than the record's: no place to compare
    result = checker.check("The second is cutting the time needed for decision-making and verification in emergencies.")
    assert result.verdict != "refuted", result.reason


def test_an_order_denied_hedged_or_of_no_acts_is_no_order(checker):
    # the review of this session's change: "did not precede" states no order
    for text in (
        "The Minsk meeting on Kyrgyz-Tajik tensions did not precede the signing of the Khujand border agreement.",
        "The Minsk meeting on Kyrgyz-Tajik tensions may have preceded the signing of the Khujand border agreement.",
    ):
        result = checker.check(text)
        assert result.explain["rule"] not in ("acts-in-order", "events-reversed"), (text, result.reason)
    result = checker.check("The tasks are as follows: training and exercises.")
    assert result.explain["rule"] != "events-reversed", result.reason


def test_a_word_after_a_bound_prefix_is_not_the_compounds():
    from cstofacts.check.lexical import match_word

    assert match_word("terrorist", "terrorist", {"anti-terrorist"})[0] != "same"
    assert match_word("political", "political", {"military-political"})[0] == "same"
