"""Mechanisms that the misses of blind set AV showed, each asserted on claims of our
own written like the ones that showed them. The sets themselves are reported in
tests/blind/, never asserted."""

from __future__ import annotations

from tests.check.verdicts import assert_verdict


def test_the_place_an_occasion_is_named_by_tells_which_occasion(checker):
    # "On June 6, 2024, in Almaty, a meeting of the CSTO Committee of Secretaries of
    # Security Council was held": the sources tell of one such meeting in Almaty.
    assert_verdict(
        checker,
        "The Almaty session of the CSTO Committee of Secretaries of Security Councils took place in May 2023.",
        "refuted",
        "2024-06-06",
    )
    assert_verdict(
        checker,
        "The Almaty session of the CSTO Committee of Secretaries of Security Councils took place in June 2024.",
        "supported",
    )


def test_a_name_no_source_gives_after_a_word_for_an_outlet_is_an_outlet(checker):
    # The one source that has Tasmagambetov on NATO and Armenia is Izvestia's interview.
    assert_verdict(
        checker,
        "Tasmagambetov gave an interview on NATO and Armenia to the weekly Argumenty.",
        "refuted",
        "Izvestia, not Argumenty",
    )
    # an outlet that acts itself may have carried what the sources do not cover
    assert_verdict(checker, "The television channel Khabar broadcast Tokayev's remarks.", "not-enough-info")


def test_a_title_in_a_prepositional_phrase_is_not_the_one_a_copula_names(checker):
    # "According to Sputnik Armenia, Armenian Foreign Minister Ararat Mirzoyan said that he has
    # excellent relations with the CSTO Secretary General."
    said = "The {} who said he had excellent relations with the CSTO Secretary General is {}."
    assert_verdict(checker, said.format("Armenian foreign minister", "Ararat Mirzoyan"), "supported")
    # the subject's own title must open the sentence: otherwise the title is read as the name's
    assert_verdict(checker, said.format("official", "Nikol Pashinyan"), "refuted")
    assert_verdict(checker, "The CSTO Secretary General is Ararat Mirzoyan.", "refuted", "role")


def test_an_occasion_the_record_does_not_give_is_not_supported(checker):
    # "Earlier, Sergei Aleynik, head of the Belarusian Ministry of Foreign Affairs, stated
    # that maintaining solidarity and unity among CSTO members is the organization's
    # primary objective today." Where he said it, the source does not say.
    assert_verdict(
        checker,
        "Aleynik said at a gathering of CSTO foreign ministers that unity is the organisation's primary objective.",
        "not-enough-info",
    )
    assert_verdict(checker, "Aleynik said that unity is the organisation's primary objective.", "supported")
    # an occasion is WordNet's act, group or event: not a request ("proposed by the leadership
    # of the Republic of Belarus"), nor a place ("at the heart of")
    assert_verdict(
        checker,
        "At the suggestion of Belarus, the CSTO is expanding its capabilities in the information and analytical sphere.",
        "supported",
    )
    assert_verdict(
        checker, "The CSTO chief praised the leaders for keeping military potential at the required level.", "supported"
    )


def test_a_denied_host_is_denied_where_the_record_places_the_occasion(checker):
    # "In 2023, five maneuvers were conducted in Belarus as part of the "Combat
    # Brotherhood – 2023" exercise ..."
    assert_verdict(checker, "Belarus did not play host to CSTO exercises in 2023.", "refuted", "denies")
    assert_verdict(checker, "Belarus played host to CSTO exercises in 2023.", "supported")


def test_since_a_year_runs_on_from_it_where_the_sources_say_nothing(checker):
    assert_verdict(checker, "Belarus has not held any CSTO exercise since 2023.", "not-enough-info", "since 2023")


def test_a_participle_of_regarding_after_a_name_is_not_what_is_named(checker):
    # "Afghanistan ... remains the main source of instability in the region"
    assert_verdict(
        checker,
        "Stabilising the southern borders matters, with Iran regarded as the main source of instability.",
        "refuted",
        '"Iran"',
    )
    result = checker.check(
        "Stabilising the southern borders matters, with Afghanistan regarded as the main source of instability."
    )
    assert result.verdict != "refuted", result.reason


def test_words_named_first_and_credited_to_a_person_are_that_persons(checker):
    # "Earlier, Sergei Aleynik, head of the Belarusian Ministry of Foreign Affairs, stated
    # that maintaining solidarity and unity among CSTO members is the organization's
    # primary objective today."
    claim = "The remark that solidarity and unity are the organisation's primary objective {} {}."
    assert_verdict(checker, claim.format("was made by", "Sergei Aleynik"), "supported", "speaker matches")
    assert_verdict(checker, claim.format("came from", "Kassym-Jomart Tokayev"), "refuted", "Sergei Aleynik")
    # who wrote a text is its author's slot, which the sources may not give
    assert_verdict(
        checker, "The article on the CSTO's influence was written by Imangali Tasmagambetov.", "not-enough-info"
    )


def test_the_interval_between_two_dated_occasions_is_borne_out_by_their_dates(checker):
    # The Khujand border agreement was signed on 31 March 2025, the Beijing roadmap on
    # 3 September 2025: some five months apart.
    ordered = "The Khujand border agreement was signed {} before the Beijing roadmap."
    assert_verdict(checker, ordered.format("a few months"), "supported", "a few months apart")
    assert_verdict(checker, ordered.format("about five months"), "supported")
    assert_verdict(checker, ordered.format("three years"), "refuted", "not three years apart")
    assert_verdict(checker, ordered.format("a week"), "refuted", "not a week apart")
    # the order reversed is refuted whatever the interval
    assert_verdict(
        checker, "The Beijing roadmap was signed a few months before the Khujand border agreement.", "refuted"
    )


def test_the_interval_between_two_acts_each_a_dated_record_states(checker):
    # The Security Council discussed cooperation on 19 July 2024; the General Assembly
    # adopted its resolution on 18 November 2024.
    ordered = "The UN Security Council discussed cooperation with the CSTO {} before the General Assembly adopted its resolution."
    assert_verdict(checker, ordered.format("roughly four months"), "supported", "roughly four months apart")
    assert_verdict(checker, ordered.format("three years"), "refuted", "not three years apart")


def test_an_interval_no_source_dates_is_not_borne_out_by_an_order_alone(checker):
    # "Earlier, Sergei Aleynik ... stated ...": before Tokayev, but not how long before
    assert_verdict(checker, "Aleynik spoke about CSTO unity a week before Tokayev spoke.", "not-enough-info")
    assert_verdict(checker, "Aleynik spoke about CSTO unity before Tokayev spoke.", "supported")


def test_the_parties_to_an_agreement_are_its_signatories(checker):
    # "Tajikistan, Kyrgyzstan and Uzbekistan signed a border agreement in Khujand."
    assert_verdict(checker, "Three states were party to the border treaty signed in Khujand.", "supported", "3")
    assert_verdict(
        checker,
        "Tajikistan, Kyrgyzstan and Kazakhstan were the parties to the border agreement signed in Khujand.",
        "refuted",
        "Uzbekistan",
    )


def test_a_verb_that_lays_an_effect_at_a_causes_door_says_only_that(checker):
    # "Babaev writes that the intensification of the confrontation between Russia and the
    # West ... led to growing pressure on Moscow and its closest allies"
    linked = "Babaev links the mounting pressure on Moscow and its closest allies to {} between Russia and the West."
    assert_verdict(checker, linked.format("the sharpening confrontation"), "supported")
    assert checker.check(linked.format("a thaw in relations")).verdict != "supported"


def test_a_date_of_what_caused_an_act_is_not_the_acts_date(checker):
    # The General Assembly adopted its resolution on 18 November 2024; the Security
    # Council discussed cooperation on 19 July 2024. What prompted it, no source says.
    assert_verdict(
        checker,
        "The General Assembly's resolution on cooperation with the CSTO was triggered by a Security Council debate in July 2024.",
        "not-enough-info",
    )


def test_the_articles_key_areas_are_the_priorities_drafts_name(checker):
    # "The sixth one. Ensuring biological safety ..." among the article's seven key areas
    assert_verdict(checker, "Ensuring biological safety is the sixth priority the article names.", "supported", "sixth")
    assert_verdict(checker, "Ensuring biological safety is the fourth priority the article names.", "refuted", "sixth")


def test_what_heads_a_list_is_its_first(checker):
    # "The fifth one. Stabilization of the situation at the southern frontiers ..."
    assert_verdict(
        checker, "Stabilising the southern frontiers tops the article's list of priorities.", "refuted", "fifth"
    )
    # "last among seven" is the seventh: a count of seven of them does not give it
    assert_verdict(
        checker, "Security on the Afghan frontier comes last among the article's seven priorities.", "not-enough-info"
    )


def test_only_the_one_is_the_only_one_which_the_record_must_say(checker):
    # "During exercises held in various countries, the concept of deploying all components
    # of the Collective Forces was practiced."
    result = checker.check(
        "The CSTO's exercises in 2025 practised deploying only the peacekeeping component of the Collective Forces."
    )
    assert result.verdict != "supported", result.reason
