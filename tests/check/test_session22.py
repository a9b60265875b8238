"""Mechanisms that the misses of the sweep over every blind set showed in the
twenty-second session, each asserted on claims of our own written like the ones
that showed them. The sets themselves are reported in tests/blind/, never
asserted."""

from __future__ import annotations

from cstofacts.check import REFUTED, SUPPORTED
from tests.check.verdicts import assert_not_verdict, assert_verdict


def test_a_verb_of_how_long_leaves_it_to_the_date(checker):
    # "stretched", "spans": WordNet's verbs of a state, with a date after a preposition
    plan = "The Plan for the development of military cooperation approved in May 2025"
    assert_verdict(checker, f"{plan} stretches from 2026 to 2030.", SUPPORTED)
    assert_verdict(checker, f"{plan} stretches from 2025 to 2029.", REFUTED, "period")
    assert_verdict(
        checker, "The strategic exercise Brothers-in-Arms 2022 stretched across September and October 2022.", SUPPORTED
    )
    # a verb of a change says which end of it ("began"), and a date with no preposition is a thing's
    assert_not_verdict(checker, "Brothers-in-Arms 2022 began in October 2022.", SUPPORTED)
    assert_verdict(checker, "In May 2025 the defence ministers shelved the 2026-2030 plan.", REFUTED)


def test_a_states_body_is_the_body_the_record_names_by_its_adjective(checker):
    # the record: "The Belarusian leadership has also noted that the CSTO's military capabilities ..."
    said = "leadership has noted that the alliance's military capabilities have been reinforced."
    assert_verdict(checker, f"Belarus's {said}", SUPPORTED)
    assert_verdict(checker, f"Minsk's {said}", SUPPORTED)
    assert_not_verdict(checker, f"Kazakhstan's {said}", SUPPORTED)


def test_a_count_written_as_one_compound_is_compared_as_a_count(checker):
    # "the three-country deal", "a 30-year anniversary": a number and what it counts, hyphenated
    assert_verdict(checker, "The three-country border deal of March 2025 was signed in Khujand.", SUPPORTED)
    assert_verdict(
        checker,
        "The CSTO marked the 25-year anniversary of the Collective Security Treaty's entry into force.",
        REFUTED,
    )
    # "three-way" counts no parties: a manner, no count
    assert_not_verdict(checker, "The three-way border agreement was signed in Khujand.", REFUTED)


def test_years_of_a_period_are_counted_against_a_records_period(checker):
    # the plan "for 2026-2030" lasts five years; "two years later" is a time between acts
    plan = "The military cooperation plan approved in May 2025"
    assert_verdict(checker, f"{plan} covers a five-year period.", SUPPORTED)
    assert_verdict(checker, f"{plan} covers a ten-year period.", REFUTED, "number")
    assert_verdict(checker, f"{plan} covers ten years.", REFUTED, "number")


def test_a_year_after_starting_in_is_a_periods_first_year(checker):
    # "starting in 2026": the plan's period, not the date it was approved
    plan = "The military cooperation plan approved by defence ministers spans five years"
    assert_not_verdict(checker, f"{plan}, starting in 2026.", REFUTED)
    assert_verdict(checker, f"{plan}, starting in 2025.", REFUTED, "period")


def test_a_day_written_as_an_ordinal_word_is_a_day(checker):
    # "on the first of September that year": a day the record (September 2023) does not give
    assert_not_verdict(checker, "Brothers-in-Arms 2023 opened on the first of September that year.", SUPPORTED)
    assert_verdict(
        checker,
        "The Collective Security Treaty's thirtieth anniversary was marked on the twentieth of April.",
        SUPPORTED,
    )


def test_two_places_put_in_order_need_a_record_that_orders_them(checker):
    # the record: "During the CSTO Secretary General's visits to Kyrgyzstan and Tajikistan, ..."
    for claim in (
        "On his mediation tour, the secretary general visited Tajikistan before Kyrgyzstan.",
        "The secretary general went to Tajikistan first and only then to Kyrgyzstan.",
    ):
        assert_not_verdict(checker, claim, SUPPORTED, "sequence")
    # a place that opens a clause after "after" is a point in time, no place visited
    assert_verdict(
        checker,
        "Tasmagambetov told Izvestia that the CSTO fully maintained its obligations to Yerevan"
        " even after Armenia suspended its participation.",
        SUPPORTED,
    )


def test_a_records_other_occasion_is_set_aside_for_the_record_of_that_very_day(checker):
    # 19 July 2024 is the day of the Security Council meeting on the UN and the CSTO; the
    # Almaty committee meeting (6 June 2024, chaired by Kazakhstan) is another occasion
    assert_not_verdict(checker, "Russia chaired the Security Council meeting of July 19, 2024.", REFUTED)
    assert_verdict(
        checker, "The Committee of Secretaries of Security Councils met in Almaty on 19 July 2024.", REFUTED, "date"
    )


def test_review_probes_of_the_session_s_change(checker):
    # a helper's review (440 probes of its own) found these made worse; each is mended
    # how long: a stretch that is not the record's is no match ("September-October 2022")
    assert_verdict(checker, "The Brothers-in-Arms 2022 exercise stretched from September into December 2022.", REFUTED)
    # "held" is an act's verb, not one of how long: a season that holds the record's months agrees
    assert_verdict(checker, "The strategic exercise Brothers-in-Arms – 2022 was held in the autumn of 2022.", SUPPORTED)
    # years that are not the period's: the record's period is no count of them
    for claim in (
        "The military cooperation plan for 2026-2030 covers equipment older than ten years.",
        "Babaev, a professor for twenty years, analysed the results of the CSTO's work for 2023-2025.",
    ):
        assert_not_verdict(checker, claim, REFUTED)
    # "results" after an owner is a noun, no verb of how long
    assert_verdict(
        checker, "The article analyzing the CSTO's results for 2023-2025 was written by Kirill Babaev.", SUPPORTED
    )
    # the days WordNet's numbers spell out, thirteenth to nineteenth too
    assert_verdict(
        checker, "The UN General Assembly adopted the resolution on the eighteenth of November 2024.", SUPPORTED
    )
    assert_not_verdict(checker, "On the thirteenth of March 2023, a meeting in Minsk discussed tensions.", SUPPORTED)
    # two places with a date each: the dates order them
    assert_verdict(
        checker,
        "The CSTO held exercises in Belarus in September 2023 and then in Kyrgyzstan in October 2023.",
        SUPPORTED,
    )
    # "starting in" a record's years that are no period: its first year
    assert_verdict(
        checker,
        "Bilateral consultations, starting in 2023, led to the signing of a border agreement in Khujand.",
        REFUTED,
    )


def test_the_author_of_a_text_is_the_one_the_record_gives_it_to(checker):
    # the record: "Babaev's article analyses the results of the CSTO's work for 2023-2025."
    said = "is the author of the article analysing the CSTO's results for 2023-2025."
    assert_verdict(checker, f"Kirill Babaev {said}", SUPPORTED)
    assert_not_verdict(checker, f"Imangali Tasmagambetov {said}", SUPPORTED)


def test_a_capital_stands_for_its_states_government_not_where_one_goes(checker):
    # the record: "... but the main mechanisms of interaction are functioning ..." (of Armenia)
    assert_verdict(
        checker,
        "Tasmagambetov noted that the main mechanisms of interaction with Yerevan are still functioning.",
        SUPPORTED,
    )
    # a swap needs the record to hold the rest in its own words, not by loose relations:
    # the record of Russia and the West, not one of Russia and Belarus, tells "pressure on Moscow"
    assert_verdict(
        checker,
        "Intensifying confrontation between Russia and the West raised pressure on Moscow and its closest allies.",
        SUPPORTED,
    )
