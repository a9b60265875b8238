"""Probes of a helper's review of this session's changes (their regressions,
mended), and of the blind sets' misses they answer. Each asserts what a user
would see."""

from __future__ import annotations

from tests.check.verdicts import assert_verdict


def test_asking_whether_is_no_condition_a_certain_claim_outruns(checker):
    # "Izvestia asked whether Armenia's suspension of its participation in CSTO events ..."
    assert_verdict(checker, "Armenia has already suspended its participation in CSTO events.", "supported")
    verdict = checker.check(
        "Armenia is still formally a member of the CSTO, although it has suspended its participation."
    )
    assert verdict.verdict != "refuted", verdict.reason


def test_a_bare_will_may_only_drop_the_records_condition(checker):
    # "... if the Armenian leadership decides to leave the organization, that will be its sovereign right"
    verdict = checker.check("Tasmagambetov said that leaving the organisation will be Armenia's sovereign right.")
    assert verdict.verdict != "refuted", verdict.reason
    assert_verdict(checker, "Tasmagambetov told Izvestia that Armenia will definitely leave the CSTO.", "refuted")


def test_a_synonym_of_certain_at_a_sentences_end_is_a_judgement(checker):
    verdict = checker.check("Tasmagambetov said Armenia's decision to suspend its participation was positive.")
    assert verdict.verdict != "supported", verdict.reason


def test_an_outlet_that_gives_the_words_itself_clears_the_person_it_quotes(checker):
    # Izvestia's lead: "... the CSTO takes into account NATO's increased activity in the Transcaucasus"
    verdict = checker.check(
        "According to Izvestia, Tasmagambetov said the CSTO takes into account NATO's increased activity"
        " in the Transcaucasus region."
    )
    assert verdict.verdict != "refuted", verdict.reason


def test_a_list_stops_at_a_record_only_when_the_record_is_about_the_rest(checker):
    # the track record is "joint exercises, information sharing and coordinated response planning"
    assert_verdict(
        checker,
        "The CSTO's track record covers three areas: foreign policy coordination, military cooperation"
        " and joint counteraction to transnational threats.",
        "refuted",
    )


def test_a_name_in_an_opening_phrase_keeps_its_comma_when_its_appositive_is_set_aside(checker):
    assert_verdict(
        checker,
        "According to Kirill Babaev, director of the Institute of China and Modern Asia of the Russian Academy"
        " of Sciences, Imangali Tasmagambetov's appointment as Secretary General gave the organization new impetus.",
        "supported",
    )


def test_the_interviews_own_lead_gives_the_interviewees_words(checker):
    # Izvestia's lead: "The CSTO Secretary General Imangali Tasmagambetov said in an interview
    # with "Izvestia" newspaper, that ... In its work, the CSTO takes into account NATO's
    # increased activity in the Transcaucasus region, but the Collective Security Treaty
    # proposes a soft alliance ..."
    assert_verdict(
        checker,
        "Speaking to Izvestia, Tasmagambetov described the treaty as offering a soft alliance that respects"
        " the sovereignty of member states.",
        "supported",
    )
    assert_verdict(
        checker,
        "Tasmagambetov said the CSTO no longer takes NATO's activity in the Transcaucasus into account.",
        "refuted",
    )
    # Izvestia's questions to him are not his words
    assert_verdict(
        checker,
        "Tasmagambetov said NATO is increasing contacts with all countries of the Transcaucasus.",
        "refuted",
        "Izvestia",
    )
