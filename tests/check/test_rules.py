"""Stage 5: the verdict is decided in one place, by an ordered table of named rules."""

from __future__ import annotations

import json

import pytest

from cstofacts.check.decide import rules


def test_every_rule_has_a_unique_name_and_says_what_it_decides():
    names = [r.name for r in (*rules.RULES, rules.DEFAULT)]
    assert len(names) == len(set(names))
    assert all((r.description and r.decide.__doc__) or r.decide is not None for r in rules.RULES)


@pytest.mark.parametrize(
    ("claim", "rule", "verdict"),
    [
        ("Соглашение о границе подписано 31 марта 2025 года.", "not-english", "not-enough-info"),
        ("Tasmagambetov", "states-nothing", "not-enough-info"),
        ("Barrier-2019 was held in Belarus.", "unknown-edition", "not-enough-info"),
        ("The Collective Security Treaty entered into force 30 years ago.", "relative-time", "not-enough-info"),
        ("Armenian President Nikol Pashinyan met NATO Secretary General Jens Stoltenberg.", "role-conflict", "refuted"),
        ("The Khujand border agreement was signed on 31 March 2024.", "slot-conflict", "refuted"),
        ("The Roadmap was signed in Moscow.", "slot-conflict", "refuted"),
        ("Lukashenko attended the CSTO summit.", "unknown-name", "not-enough-info"),
        ("Tokayev said the CSTO does not seek to serve as a counterweight to NATO.", "speaker-conflict", "refuted"),
        (
            "Tasmagambetov gave an interview to TASS about Armenia's participation in the CSTO.",
            "outlet-conflict",
            "refuted",
        ),
        ("Tasmagambetov assesses the level of preparedness to respond to threats as low.", "opposite-word", "refuted"),
        ("Tasmagambetov said the CSTO seeks to serve as a counterweight to NATO.", "denial", "refuted"),
        (
            "The Secretariat's analysts said the balance of power in the South Caucasus will change if Armenia withdraws.",
            "certain-of-possible",
            "refuted",
        ),
        (
            "Babaev says it is an open question whether the CSTO is a key security structure in the Eurasian space.",
            "doubted-certain",
            "refuted",
        ),
        (
            "On 28 May 2025 the CSTO's defence ministers shelved the plan for military cooperation for 2026-2030.",
            "put-off",
            "refuted",
        ),
        ("The Khujand border agreement was signed on 31 March 2025.", "supported", "supported"),
    ],
)
def test_the_rule_that_decides_is_named(checker, claim, rule, verdict):
    result = checker.check(claim)
    assert (result.explain["rule"], result.verdict) == (rule, verdict), result.reason


def test_explain_is_in_json_only_when_asked(invoke):
    plain = json.loads(invoke("check", "The Roadmap was signed in Moscow.", "-f", "json").stdout)
    assert set(plain) == {"claim", "verdict", "reason", "evidence"}
    explained = json.loads(invoke("check", "The Roadmap was signed in Moscow.", "-f", "json", "--explain").stdout)
    assert explained["explain"]["rule"] == "slot-conflict"
    record = explained["explain"]["records"][0]
    assert {"slot": "place", "status": "conflict", "claim": "Moscow", "source": "Beijing"} in record["slots"]


def test_explain_in_a_table_names_the_rule_and_the_slots(invoke):
    out = invoke("check", "The Roadmap was signed in Moscow.", "--explain").stdout
    assert "slot-conflict" in out and "place conflict: Moscow / Beijing" in out


def test_check_is_deterministic(checker):
    claim = "The CSTO-CIS-SCO Roadmap was signed in Moscow."
    first = checker.check(claim)
    assert first == checker.check(claim)
    assert first.to_dict()["evidence"][0]["source"]["id"] == "allies-csto-2023-2025"


@pytest.mark.parametrize(
    ("claim", "reason"),
    [
        ("The CSTO-CIS-SCO Roadmap was signed in Moscow.", "place: the source says Beijing"),
        ("The Khujand border agreement was signed on 31 March 2024.", "date: the source says 2025-03-31"),
        (
            "In 2023, seven maneuvers were conducted in Belarus as part of Combat Brotherhood 2023.",
            "number: the source says five maneuvers",
        ),
        (
            "Armenian President Nikol Pashinyan met NATO Secretary General Jens Stoltenberg.",
            "role: the source says Nikol Pashinyan is Armenian Prime Minister",
        ),
    ],
)
def test_a_refutation_names_the_slot_and_what_the_source_says(checker, claim, reason):
    assert checker.check(claim).reason == reason


@pytest.mark.parametrize(
    ("claim", "named"),
    [
        ("Tasmagambetov", "Imangali Tasmagambetov"),
        ("Tasmagambetov said.", "Imangali Tasmagambetov"),
        ("The Khujand border agreement", "Khujand border agreement"),
        ("The UN", "United Nations"),
    ],
)
def test_a_bare_name_states_nothing_to_check(checker, claim, named):
    result = checker.check(claim)
    assert result.verdict == "not-enough-info"
    assert result.reason.startswith(f"the claim states nothing to check about {named}")
    assert checker.checkable(claim) is False


@pytest.mark.parametrize(
    ("sentence", "checkable"),
    [
        ("Tokayev urged calm.", True),
        ("It happened on 31 March 2025.", True),
        ("Fifteen documents were signed.", True),
        ("The organisation has had a busy few years.", False),
        ("The CSTO is important.", False),
    ],
)
def test_checkable_sentences(checker, sentence, checkable):
    assert checker.checkable(sentence) is checkable


def test_a_cut_quote_names_the_cut(checker):
    result = checker.check('"What we call soft alliance is a strong point of our organization," said Tasmagambetov.')
    assert result.verdict == "refuted" and "words left out without ... or [...]" in result.reason
    assert [r.id for r in result.evidence] == ["soft-alliance-strong-point-quote"]


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Tasmagambetov told a Kazakh news agency that the CSTO does not seek to serve as a counterweight to NATO.",
            "refuted",
        ),
        (
            "In an interview with a Belarusian news agency, Tasmagambetov said the CSTO does not seek to serve as a "
            "counterweight to NATO.",
            "supported",
        ),
    ],
)
def test_an_outlet_described_is_checked_against_the_sources_outlet(checker, claim, verdict):
    result = checker.check(claim)
    assert result.verdict == verdict, result.reason
    if verdict == "refuted":
        assert result.reason == "outlet: the source says BelTA, not a Kazakh news agency"


def test_a_capital_named_by_its_country_is_that_city(checker):
    result = checker.check(
        "A roadmap for cooperation among the CSTO, the CIS and the SCO was signed in the Chinese capital in September 2025."
    )
    assert result.verdict == "supported"
    assert "place matches Beijing" in result.reason


def test_a_names_adjective_is_no_unknown_name(checker):
    result = checker.check(
        "NATO is stepping up contacts with all three Transcaucasian countries: Armenia, Georgia and Azerbaijan."
    )
    assert not result.reason.startswith("the sources do not mention")


def test_today_said_by_the_source_too_is_no_relative_date(checker):
    result = checker.check(
        "Tokayev said that maintaining solidarity and unity among members is the CSTO's primary objective today."
    )
    assert result.verdict == "refuted"
    assert result.reason.startswith("speaker:")


def test_a_slot_one_record_leaves_out_is_given_by_another_about_the_same_thing(checker):
    result = checker.check(
        "Fifteen documents were signed as a result of the CSTO summit, including a provision on the "
        "organisation's joint press centre."
    )
    assert result.verdict == "supported", result.reason
    assert "number matches 15 documents" in result.reason
    assert len(result.evidence) == 2  # the provision's record and the fifteen documents'


def test_a_count_reads_past_names_and_compounds_to_what_it_counts(checker):
    assert [(c.value, c.noun) for c in checker.read("The leaders of the six CSTO member states met.").counts] == [
        (6, "state")
    ]
    assert [(c.value, c.noun) for c in checker.read("Six member-state leaders met.").counts] == [(6, "state")]
    assert [(c.value, c.noun) for c in checker.read("Two military-political blocs exist.").counts] == [(2, "bloc")]


def test_an_interview_said_of_is_no_words_given(checker):
    result = checker.check("Tasmagambetov's interview with Izvestia was conducted in Moscow.")
    assert result.verdict == "not-enough-info", result.reason


def test_another_count_of_what_three_words_name_alike_is_refuted(checker):
    result = checker.check("The CSTO's activity rests on four complementary spheres.")
    assert result.verdict == "refuted"
    assert "three spheres" in result.reason


def test_years_given_one_by_one_match_the_records_span(checker):
    result = checker.check("Bilateral consultations held between 2024 and 2025 led to the Khujand border agreement.")
    assert result.verdict == "supported", result.reason
