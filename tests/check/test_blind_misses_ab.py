"""Mechanisms that the misses of blind set AB and the sets before it showed, each
asserted on claims of our own written like the ones that showed them. The sets
themselves are reported in tests/blind/, never asserted."""

from __future__ import annotations

from tests.check.verdicts import assert_verdict


def test_two_records_of_one_sentence_state_a_claim_together(checker):
    # The TASS sentence "... has demonstrated effectiveness as a capable military-political
    # alliance, yet new tasks await the organization" is two records; a draft joins them.
    text = "It was Tokayev who said that new tasks await the CSTO even though it has proved effective as a {} alliance."
    result = checker.check(text.format("military-political"))
    assert result.verdict == "supported", result.reason
    assert {r.id for r in result.evidence} == {
        "tokayev-csto-demonstrated-effectiveness",
        "tokayev-new-tasks-await-csto",
    }
    assert result.explain["rule"] == "joined-records"
    # a word neither record has is no part of what they state: not supported
    result = checker.check(text.format("nuclear"))
    assert result.verdict != "supported", result.reason


def test_a_name_no_source_gives_for_an_office_the_sources_give_another(checker):
    result = checker.check("The CSTO Secretary General who spoke to Izvestia about Armenia was Nikolai Bordyuzha.")
    assert result.verdict == "refuted", result.reason
    assert "Imangali Tasmagambetov, not Nikolai Bordyuzha" in result.reason
    result = checker.check(
        "The Kazakh president who warned against talk of ever-growing threats was Dariga Nazarbayeva."
    )
    assert result.verdict == "refuted", result.reason
    assert "Tokayev" in result.reason
    # no office given for the name: the sources are silent on who else took part
    result = checker.check("The interview with Izvestia about Armenia was conducted by Anna Petrova.")
    assert result.verdict == "not-enough-info", result.reason
    result = checker.check("The CSTO Secretary General who spoke to Izvestia about Armenia was not Nikolai Bordyuzha.")
    assert result.verdict != "refuted", result.reason
    # an office held once, before the sources' holder: nothing the sources gainsay
    result = checker.check("The review was written by former CSTO Secretary General Nikolai Bordyuzha.")
    assert result.verdict != "refuted", result.reason


def test_an_outlet_no_source_names_for_remarks_the_sources_have_from_another(checker):
    result = checker.check("Tasmagambetov spoke about Armenia and NATO in an interview with the newspaper Vedomosti.")
    assert result.verdict == "refuted", result.reason
    assert "the source says Izvestia, not Vedomosti" in result.reason
    result = checker.check("Tokayev's remarks urging calm were reported by Interfax.")
    assert result.verdict == "refuted", result.reason
    assert "TASS" in result.reason
    # said again, to another outlet, or not said to it: nothing the sources gainsay, by
    # this rule or by the unknown-name rule's outlet
    for text in (
        "Tasmagambetov repeated those assessments in an interview with Interfax.",
        "Tasmagambetov repeated his views on Armenia and NATO in an interview with the newspaper Vedomosti.",
        "Tokayev's remarks urging calm were not reported by Interfax.",
    ):
        result = checker.check(text)
        assert result.verdict == "not-enough-info", (text, result.reason)


def test_a_list_of_names_with_one_the_sources_list_lacks(checker):
    for text, odd in (
        ("According to Izvestia, NATO is stepping up contacts with Armenia, Georgia and Iran.", "Iran"),
        ("The Khujand border agreement was signed by Tajikistan, Kyrgyzstan and Turkmenistan.", "Turkmenistan"),
    ):
        result = checker.check(text)
        assert result.verdict == "refuted", (text, result.reason)
        assert result.reason.endswith(f"not {odd}"), result.reason
    # the source's own list, or a list of the CSTO's partners beside a list with the CSTO in it
    for text in (
        "According to Izvestia, NATO is stepping up contacts with Armenia, Georgia and Azerbaijan.",
        "The CSTO cooperates closely with the United Nations, the SCO and the CIS.",
    ):
        assert checker.check(text).verdict != "refuted", text


def test_a_month_without_its_year_is_the_occasions_date(checker):
    text = "The UN General Assembly passed its resolution on cooperation with the CSTO in {}."
    assert_verdict(checker, text.format("June"), "refuted", "2024-11-18")
    assert checker.check(text.format("November")).verdict == "supported"


def test_a_place_no_source_names_for_a_one_off_occasion(checker):
    result = checker.check("Tajikistan, Kyrgyzstan and Uzbekistan signed their border agreement in Isfara.")
    assert result.verdict == "refuted", result.reason
    assert result.reason == "place: the source says Khujand, not Isfara"
    # beside the source's place: nothing the sources gainsay
    text = "Tajikistan, Kyrgyzstan and Uzbekistan signed their border agreement in Khujand and also in Isfara."
    assert checker.check(text).verdict != "refuted", text


def test_closed_said_of_a_thing_is_the_opposite_of_open(checker):
    # "closed" after "is" is WordNet's adjective, whose opposite is "open", not the
    # verb "close", whose "closely" the CSTO "cooperates" with others
    result = checker.check("Tasmagambetov said the organisation is closed to countries wishing to join.")
    assert result.verdict == "refuted", result.reason
    assert '"open"' in result.reason


def test_any_is_a_word_of_grammar_not_of_content(checker):
    reading = checker.read("The Secretary General said the CSTO stays closed to any new members.")
    assert "any" not in {reading.tokens[i].word for i in reading.content}
    assert_verdict(
        checker,
        "Tasmagambetov said he hoped any confrontation between Armenia and the CSTO would stay hypothetical.",
        "supported",
    )


def test_an_award_given_for_another_reason(checker):
    for text in (
        "The Secretary General was awarded the Dostuk order for his part in fighting arms smuggling.",
        "The Dostuk order went to the CSTO Secretary General for strengthening ties with NATO.",
    ):
        result = checker.check(text)
        assert result.verdict == "refuted", (text, result.reason)
        assert (
            result.reason == 'award: the source gives it "for his contribution to the peaceful resolution of conflicts"'
        )
    # the source's reason in other words, or no more than its head
    for text in (
        "The Secretary General was awarded the Dostuk order for helping to resolve conflicts peacefully.",
        "The Secretary General was awarded the Dostuk order for his contribution.",
    ):
        assert checker.check(text).verdict == "supported", text


def test_apparently_and_its_synonyms_hedge_a_claim(checker):
    for word in ("apparently", "seemingly", "maybe"):
        reading = checker.read(f"The organization {word} needs additional efforts against hybrid threats.")
        assert reading.hedges == [word], word
    assert not checker.read("The organization evidently needs additional efforts.").hedges
    # a hedged claim of what the source says only seems so is supported by it
    assert_verdict(
        checker,
        "Tasmagambetov said the organization apparently needs additional efforts to develop measures "
        "to neutralize hybrid threats.",
        "supported",
    )


def test_a_border_named_by_its_nationality_words_is_the_border_of_its_countries(checker):
    result = checker.check("A draft CSTO programme for strengthening the Afghan-Tajik border is being finalized.")
    assert result.verdict == "supported", result.reason
    # another pair of countries is another border
    result = checker.check("A draft CSTO programme for strengthening the Kyrgyz-Afghan border is being finalized.")
    assert result.verdict != "supported", result.reason


def test_an_appositive_title_is_a_claim_of_its_own(checker):
    text = "Kirill Babaev, director of the Institute of {} of the Russian Academy of Sciences, analysed the CSTO's work in 2023-2025."
    assert_verdict(checker, text.format("Latin America"), "refuted", "Institute of China and Modern Asia")
    assert checker.check(text.format("China and Modern Asia")).verdict == "supported"


def test_two_records_of_one_sentence_give_the_claims_names_between_them(checker):
    # the Allies article's one sentence: Afghanistan, and the southern frontiers it is the source of instability on
    result = checker.check("The article names Afghanistan as the main source of instability on the southern frontiers.")
    assert result.verdict == "supported", result.reason
    assert result.explain["rule"] == "joined-records"


def test_an_article_by_someone_is_one_they_wrote(checker):
    for text in (
        "The review of the CSTO's results for 2023-2025 was written by Kirill Babaev.",
        "Kirill Babaev, who wrote the analysis, is a professor.",
    ):
        result = checker.check(text)
        assert result.verdict == "supported", (text, result.reason)


def test_a_quality_said_of_one_thing_is_not_a_synonym_said_of_another(checker):
    # the source: "it is necessary to take into account the resource base"; "inevitable" is
    # WordNet's synonym of "necessary", but said of the confrontation, not of taking account
    result = checker.check("Tasmagambetov said a confrontation between Armenia and the CSTO is inevitable.")
    assert result.verdict != "supported", result.reason
    # a quality set off by commas is an aside, not what is said of the thing
    result = checker.check(
        "It is Tasmagambetov's own assessment that the bloc's readiness to respond to threats is, overall, high."
    )
    assert result.verdict == "supported", result.reason


def test_interaction_scaled_back_is_not_interaction_built_up(checker):
    result = checker.check("According to the CSTO's article, its interaction with the SCO is to be scaled back.")
    assert result.verdict == "refuted", result.reason
    assert '"build up"' in result.reason


def test_easing_is_the_opposite_of_increasing(checker):
    # "ease" is "reduce" (the sources' usage), a way to "decrease", WordNet's opposite of "increase"
    result = checker.check(
        "Babaev writes that the Russia-West confrontation has eased the pressure on Moscow and its closest allies."
    )
    assert result.verdict == "refuted", result.reason
    assert '"increase"' in result.reason
    # a thing built is no change of degree: "building relations" opposes no "decrease"
    result = checker.check("In 2024 the emphasis shifted toward building relations with international organizations.")
    assert result.verdict != "refuted", result.reason


def test_opposite_qualities_of_two_things_are_no_contradiction(checker):
    # "separate" before "peacekeeping exercise" says another exercise; the source's "joint" is of "exercise"
    result = checker.check("A separate peacekeeping exercise, Unbreakable Brotherhood - 2023, was held in Kyrgyzstan.")
    assert result.verdict == "supported", result.reason
    # the opposite said of the same thing still refutes
    result = checker.check(
        "Unbreakable Brotherhood - 2023 was a separate exercise of the CSTO peacekeeping forces, held in Kyrgyzstan."
    )
    assert result.verdict != "supported", result.reason


def test_a_word_used_as_wordnet_has_no_opposite_of_it_opposes_nothing(checker):
    # "the official who ...": a noun, whose opposite ("unofficial") is the adjective's
    # "stay calm": a verb that links to a quality, not "stay" as against "move" or "change"
    for text in (
        "The official who gave the interview to BelTA is the Secretary General of the CSTO.",
        "The head of state who urged the CSTO to stay calm is the leader of Kazakhstan.",
    ):
        assert checker.check(text).verdict != "refuted", text
    # a phrasal verb keeps its opposite: "voted down" is not "adopted"
    assert_verdict(
        checker, "The UN General Assembly voted down the resolution on cooperation with the CSTO.", "refuted"
    )


def test_words_given_to_another_outlet_were_not_told_to_the_reporter(checker):
    # Izvestia's interview reports, "according to Sputnik Armenia", Mirzoyan's words
    assert_verdict(
        checker,
        "Armenia's foreign minister told Izvestia his relations with Tasmagambetov were excellent.",
        "refuted",
        "Sputnik Armenia",
    )
    assert_verdict(
        checker,
        "Armenia's foreign minister told Sputnik Armenia his relations with Tasmagambetov were excellent.",
        "supported",
    )


def test_an_adverb_compounded_with_a_word_is_that_word_in_its_relations_too(checker):
    # "ever-growing": "growing", which is the source's "mounting" (the sources' usage)
    assert_verdict(
        checker,
        "Tokayev urged CSTO members to avoid describing their security in terms of ever-growing threats.",
        "supported",
    )


def test_drafts_words_for_the_sources_rhetoric_change_and_appointment(checker):
    for text in (
        "Tokayev warned that such talk could give the impression that the CSTO trembles before its adversaries.",
        "Babaev writes that 2022 was a turning point for processes that reshaped security in the post-Soviet space.",
        "Immediately after taking office, the new Secretary General intensified efforts to normalize the Kyrgyz-Tajik border.",
    ):
        result = checker.check(text)
        assert result.verdict == "supported", (text, result.reason)


def test_an_office_set_off_before_a_name_is_compared_with_his_office_by_its_synonym(checker):
    # the sources' "head of the Belarusian Ministry of Foreign Affairs" is a foreign minister
    result = checker.check("Belarus's interior minister, Sergei Aleynik, called unity the CSTO's main objective.")
    assert result.verdict == "refuted", result.reason
    assert "Ministry of Foreign Affairs" in result.reason
    result = checker.check("Belarus's foreign minister, Sergei Aleynik, called unity the CSTO's main objective.")
    assert result.verdict != "refuted", result.reason


def test_a_danger_that_still_persists_has_not_passed(checker):
    for verb in ("passed", "disappeared", "been eliminated"):
        text = f"The CSTO's article says the danger of terrorist activity spreading in the member states has {verb}."
        result = checker.check(text)
        assert result.verdict == "refuted", (text, result.reason)


def test_afraid_and_bloc_thinking_are_the_sources_trembling_and_bloc_mentality(checker):
    for text in (
        "Tokayev said such rhetoric could make it seem that the CSTO is afraid of its adversaries.",
        "Tasmagambetov said the CSTO and its members intend to move away from bloc thinking.",
    ):
        result = checker.check(text)
        assert result.verdict == "supported", (text, result.reason)
