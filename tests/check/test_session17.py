"""Mechanisms that the misses of the sweep over every blind set showed in the
seventeenth session, each asserted on claims of our own written like the ones
that showed them. The sets themselves are reported in tests/blind/, never
asserted."""

from __future__ import annotations

from tests.check.verdicts import assert_verdict


def test_a_name_said_to_be_the_outlet_is_the_outlet_slot(checker):
    # "The remarks were reported by TASS.": a name no source gives, said to be the
    # outlet that reported them, is another outlet than the source's
    assert_verdict(
        checker, "Kazinform was the news agency that carried Tokayev's remarks on threats.", "refuted", "not Kazinform"
    )
    assert_verdict(checker, "The agency that reported Tokayev's remarks on threats was Kazinform.", "refuted", "TASS")
    # the source's own outlet said so is supported, and a name that is no outlet stays unknown
    assert_verdict(checker, "TASS was the news agency that carried Tokayev's remarks on threats.", "supported")
    assert_verdict(
        checker, "Kazinform was the first to praise Tokayev's remarks on threats.", "not-enough-info", "Kazinform"
    )


def test_what_remarks_were_on_is_no_act_the_record_denies(checker):
    # "TASS reported Tokayev's remarks urging CSTO members to avoid framing their safety
    # in terms of mounting threats": the remarks were on threats, which the record
    # does not deny they were
    assert_verdict(checker, "TASS carried Tokayev's remarks on threats.", "supported")
    # the act the record denies, said plainly, is still denied
    assert_verdict(checker, "Tokayev urged CSTO members to frame their safety in terms of mounting threats.", "refuted")


def test_an_office_held_before_another_is_no_conflict_with_the_present_one(checker):
    # the sources give Tasmagambetov's present office only: one held before it they
    # neither give nor deny
    for claim in (
        "Before becoming CSTO Secretary General, Tasmagambetov served as Kazakhstan's defence minister.",
        "Prior to his appointment, Tasmagambetov was prime minister of Kazakhstan.",
    ):
        assert_verdict(checker, claim, "not-enough-info")
    # the office said to be held now is compared as before
    assert_verdict(checker, "Tasmagambetov is Kazakhstan's defence minister.", "refuted", "role")


def test_a_denied_ending_says_the_act_goes_on(checker):
    # "the main mechanisms of interaction are functioning": not stopping is no denial of working
    verdict = checker.check("The CSTO's main mechanisms of interaction have not stopped working, Tasmagambetov said.")
    assert verdict.verdict != "refuted", verdict.reason
    assert_verdict(checker, "The CSTO's main mechanisms of interaction have stopped working.", "refuted")


def test_a_body_speaks_by_the_one_who_holds_its_office(checker):
    # "Instead, the CSTO concentrates on ...", in the Secretary General's interview:
    # the organization he heads says it, and no other body does
    assert_verdict(
        checker,
        "The organization says it concentrates on security dynamics in the Eastern European arena.",
        "supported",
    )
    assert_verdict(
        checker, "NATO says it concentrates on security dynamics in the Eastern European arena.", "refuted", "speaker"
    )


def test_a_state_announcing_its_own_act_is_no_other_speakers_words(checker):
    # "Izvestia's question states that Armenia has actually suspended its participation":
    # the act Armenia announced, told in Izvestia's words, is no speaker conflict
    verdict = checker.check("Armenia announced that it was suspending its participation in CSTO events.")
    assert verdict.verdict != "refuted", verdict.reason
    # nor a body announcing an act of its own, where its officer told of another's
    verdict = checker.check("The CSTO announced that it was suspending Armenia's participation in its events.")
    assert verdict.verdict != "supported", verdict.reason
    # a person's own words are his, and the sources give these to another
    assert_verdict(checker, "Tasmagambetov said that he had excellent relations with Ararat Mirzoyan.", "refuted")


def test_that_year_is_the_year_the_sentence_named_before(checker):
    # "Brothers-in-Arms – 2023 (September 2023, Belarus)"
    assert_verdict(checker, "Brothers-in-Arms – 2023 was staged in the spring of that year.", "refuted", "2023-09")
    assert_verdict(checker, "Brothers-in-Arms – 2023 took place in Belarus in September of that year.", "supported")


def test_that_year_before_any_year_is_told_by_another_sentence():
    from cstofacts.check.read.when import find_when

    # "Earlier that year, ... a plan running to 2030": that year is not 2030
    assert [w.text for w in find_when("Earlier that year, the ministers approved a plan running to 2030.")] == ["2030"]
    assert [w.text for w in find_when("Brothers-in-Arms – 2023 was held in the spring of that year.")] == [
        "2023",
        "the spring of that year",
    ]


def test_a_name_swapped_for_the_source_s_speaker_or_appointee_is_refuted(checker):
    # "According to Tasmagambetov, the organization does not seek to serve as a counterweight to NATO"
    assert_verdict(
        checker,
        "Belarusian President Alexander Lukashenko said the CSTO does not aim to be a counterweight to NATO.",
        "refuted",
        "Lukashenko",
    )
    # "the new impetus given by Tasmagambetov's appointment": another man appointed to his office
    assert_verdict(
        checker,
        "Babaev credits Nikolai Bordyuzha's appointment as Secretary General with giving the CSTO a new impetus.",
        "refuted",
        "Imangali Tasmagambetov",
    )
    # a cleft that names the outlet
    assert_verdict(checker, "It was Kazinform that reported Tokayev's call for calm.", "refuted", "TASS")


def test_the_one_meeting_the_sources_tell_of_has_one_date_and_place(checker):
    # "On June 6, 2024, in Almaty, a meeting of the CSTO Committee of Secretaries of
    # Security Council was held": the only meeting of the body the sources tell of
    assert_verdict(
        checker, "The meeting of the Committee of Secretaries of Security Councils took place in Astana.", "refuted"
    )
    assert_verdict(
        checker, "The Committee of Secretaries of Security Councils met in the second half of June 2024.", "refuted"
    )
    assert_verdict(
        checker, "The Committee of Secretaries of Security Councils met in the first half of June 2024.", "supported"
    )
    # the next meeting, a meeting again, or one of another date and place may be another one
    for claim in (
        "The next meeting of the Committee of Secretaries of Security Councils will be in Minsk.",
        "The Committee of Secretaries of Security Councils met again in Moscow in December 2024.",
        "The CSTO Council of Defense Ministers met in Bishkek in November 2025.",
        "The Committee of Secretaries of Security Councils met on May 28, 2025.",
    ):
        verdict = checker.check(claim)
        assert verdict.verdict == "not-enough-info", (claim, verdict.reason)


def test_a_person_named_with_his_title_stands_in_no_body_s_place(checker):
    # "a meeting of the CSTO Committee of Secretaries of Security Council was held under
    # the chairmanship of the Republic of Kazakhstan": who chaired it in person, the sources do not say
    for claim in (
        "Kazakhstan's Security Council secretary, Yerlan Zhaksybekov, chaired the Almaty meeting in person.",
        "Kazakhstan's Security Council Secretary Yerlan Zhaksybekov chaired the Almaty meeting.",
    ):
        assert_verdict(checker, claim, "not-enough-info", "Yerlan Zhaksybekov")


def test_a_text_has_one_author(checker):
    # "Babaev's article analyses the results of the CSTO's work for 2023-2025"
    assert_verdict(
        checker,
        "The study of the CSTO's results for 2023-2025 was penned by Dmitri Trenin.",
        "refuted",
        "Kirill Babaev wrote it, not Dmitri Trenin",
    )
    assert_verdict(
        checker, "Imangali Tasmagambetov wrote the article reviewing the CSTO's work in 2023-2025.", "refuted", "author"
    )
    # the source's author, or what he wrote that the article says, is no conflict
    assert_verdict(checker, "The review of the CSTO's 2023-2025 record was written by Kirill Babaev.", "supported")
    verdict = checker.check("Babaev wrote that the CSTO has become more effective than NATO.")
    assert verdict.verdict == "not-enough-info", verdict.reason
    # "The CSTO's article ...": a body's text, whose writer the sources do not name
    verdict = checker.check("The article calling the CSTO influential and effective was written by Tasmagambetov.")
    assert verdict.verdict == "not-enough-info", verdict.reason


def test_two_occasions_in_order_each_keep_their_own_place(checker):
    # the Khujand agreement (2025-03-31) and the roadmap signed in Beijing (2025-09-03):
    # two places are no disagreement of the sources
    assert_verdict(
        checker, "The border agreement of Khujand was signed before the CSTO-CIS-SCO roadmap in Beijing.", "supported"
    )
    assert_verdict(
        checker,
        "The roadmap of the CSTO, CIS and SCO was signed in Beijing before the Khujand border agreement.",
        "refuted",
    )


def test_a_synonym_of_an_opposite_opposes_only_in_the_word_s_own_field(checker):
    # "Brothers-in-Arms – 2023 was held in Belarus in September 2023": "follow" is the
    # opposite of "lead" in moving, and "conduct" is "lead" in another field
    verdict = checker.check("Brothers-in-Arms – 2023 followed in Belarus in September 2023.")
    assert verdict.verdict != "refuted", verdict.reason
    # an opposite of the word itself still refutes ("adopted", not "rejected")
    assert_verdict(
        checker,
        "The UN General Assembly rejected a resolution on cooperation with the CSTO in November 2024.",
        "refuted",
    )


def test_a_part_of_a_month_without_a_year_is_its_month(checker):
    # "on 20 April the CSTO celebrated the 30th anniversary of the entry into force of the treaty"
    assert_verdict(checker, "The treaty's 30th anniversary of entry into force was marked in late May.", "refuted")
    assert_verdict(checker, "The treaty's 30th anniversary of entry into force was marked in mid-May.", "refuted")


def test_saying_it_flatly_is_certainty(checker):
    # "the balance of power in the South Caucasus may change if Armenia withdraws"
    assert_verdict(
        checker,
        "Tasmagambetov said categorically that Armenia's exit would alter the balance of power in the South Caucasus.",
        "refuted",
        "for certain",
    )
    assert_verdict(
        checker,
        "The Secretariat analysts flatly said that an Armenian exit would alter the balance of power in the South Caucasus.",
        "refuted",
        "for certain",
    )


def test_the_former_soviet_space_is_the_post_soviet_space(checker):
    # "2022 became a turning point ... changes in security both in the post-Soviet space
    # and in the world as a whole"
    assert_verdict(
        checker,
        "Babaev sees 2022 as a turning point that reshaped security both in the former Soviet space and globally.",
        "supported",
    )


def test_constantly_is_the_sources_continually(checker):
    # "there is no justification for portraying the threat to CSTO member states as continually escalating"
    assert_verdict(
        checker,
        "Tokayev saw no justification for portraying the threat to CSTO states as constantly escalating.",
        "supported",
    )


def test_another_speaker_who_also_said_it_is_beside_the_source_s(checker):
    # the words are Tokayev's; that another "also" said them the sources neither give nor deny
    verdict = checker.check(
        "Pashinyan also argued that there is no justification for portraying the threat as continually escalating."
    )
    assert verdict.verdict == "not-enough-info", verdict.reason
    assert_verdict(
        checker,
        "Pashinyan argued that there is no justification for portraying the threat as continually escalating.",
        "refuted",
        "speaker",
    )


def test_a_denial_is_no_words_of_a_record_that_denies_nothing(checker):
    # "leaving the CSTO is Armenia's sovereign right": a speaker who said Armenia would
    # not leave said other words than these, which the sources give no one
    verdict = checker.check("Pashinyan said Armenia will not leave the CSTO.")
    assert verdict.verdict == "not-enough-info", verdict.reason
    # words the record denies too are still compared ("does not seek to serve as a counterweight")
    assert_verdict(
        checker, "Pashinyan said the CSTO does not seek to serve as a counterweight to NATO.", "refuted", "speaker"
    )


def test_an_organisation_across_a_comma_is_not_whose_office_the_title_is(checker):
    # "... in response to NATO, Secretary General X told BelTA": NATO ends the clause
    assert_verdict(
        checker,
        "Members are not signalling an intent to fortify their posture against NATO, Secretary General"
        " Imangali Tasmagambetov told BelTA.",
        "supported",
    )
    assert_verdict(checker, "NATO Secretary General Imangali Tasmagambetov spoke to BelTA.", "refuted", "role")
