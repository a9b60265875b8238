"""Stage 4: how claim and record stand to what they say."""

from __future__ import annotations

import pytest

from cstofacts.check.compare.slots import compare
from cstofacts.check.judge.polarity import judge


def stance(checker, claim: str, record_id: str):
    reading = checker.read(claim)
    view = next(v for v in checker.candidates.find(reading, limit=80) if v.record.id == record_id)
    return judge(reading, compare(reading, view, checker.index))


def test_a_negated_claim_against_the_record_it_negates(checker):
    assert (
        stance(
            checker,
            "Tasmagambetov said the CSTO seeks to serve as a counterweight to NATO.",
            "csto-not-counterweight-to-nato",
        ).denial
        == "record"
    )
    assert (
        stance(
            checker,
            "Tasmagambetov said the CSTO does not aim to serve as a counterweight to NATO.",
            "csto-not-counterweight-to-nato",
        ).denial
        is None
    )


def test_scopes_of_different_length_do_not_deny(checker):
    # "stop framing their security in terms of threats" against "avoid a habit of repeatedly framing ..."
    assert (
        stance(
            checker,
            "Tokayev urged CSTO members to stop framing their safety in terms of mounting threats.",
            "tokayev-urges-avoid-threat-framing",
        ).denial
        is None
    )


def test_an_opposite_word(checker):
    assert stance(
        checker,
        "Tasmagambetov assesses the level of preparedness to respond to threats as low.",
        "threat-preparedness-high-quote",
    ).opposite == ("low", "high")


def test_a_certain_claim_of_what_may_be(checker):
    found = stance(
        checker,
        "The Secretariat's analysts said the balance of power in the South Caucasus will change if Armenia withdraws.",
        "south-caucasus-balance-of-power-armenia-withdrawal",
    )
    assert found.certain_of_possible == "will"


@pytest.mark.parametrize(
    ("claim", "record_id", "reversed_"),
    [
        (
            "The CSTO prioritizes a confrontational security posture over dialogue.",
            "csto-priorities-over-confrontation-list",
            True,
        ),
        (
            "The CSTO prioritizes dialogue over a confrontational security posture.",
            "csto-priorities-over-confrontation-list",
            False,
        ),
    ],
)
def test_preference_the_wrong_way_round(checker, claim, record_id, reversed_):
    assert bool(stance(checker, claim, record_id).preference_reversed) is reversed_


def test_a_hedge_qualifies_its_own_clause_only(checker):
    # "... developments that might affect regional stability": the monitoring is certain
    assert not stance(
        checker, "NATO's actions are nonetheless monitored and analysed by the CSTO.", "nato-actions-monitored-by-csto"
    ).possible_only
    assert stance(
        checker,
        "The Secretariat's analysts say the balance of power in the South Caucasus changes with Armenia's withdrawal.",
        "south-caucasus-balance-of-power-quote",
    ).possible_only


def test_a_hedge_reaches_past_that_to_what_seems(checker):
    reading = checker.read("It seems that additional efforts are needed against hybrid threats.")
    hedged = {reading.tokens[i].word for i in reading.hedged}
    assert {"additional", "efforts", "hybrid", "threats"} <= hedged


def test_a_compound_written_apart_is_the_records_word(checker):
    result = checker.check("NATO's actions are nonetheless monitored and analysed in depth by the CSTO.")
    assert result.verdict == "supported", result.reason


def test_not_yet_denies_what_follows(checker):
    reading = checker.read("Tokayev insisted that the alliance has not yet demonstrated its effectiveness.")
    assert "demonstrated" in {reading.tokens[i].word for i in reading.denied}


def test_what_a_claim_says_a_thing_is_must_be_said_not_related(checker):
    result = checker.check(
        "Imangali Tasmagambetov also said the organization is closed to new members for the time being."
    )
    assert result.verdict != "supported", result.reason


def test_no_longer_and_lacks_deny(checker):
    longer = checker.read("According to Tasmagambetov, the CSTO no longer monitors NATO's actions.")
    assert "monitors" in {longer.tokens[i].word for i in longer.denied_heads}
    assert (
        checker.check("The article says the CSTO still lacks an efficient system for responding to crises.").verdict
        != "supported"
    )


def test_has_yet_to_denies(checker):
    assert checker.read("The CSTO has yet to prove itself.").negations
    result = checker.check("Tokayev said the CSTO has yet to prove itself as a capable military-political alliance.")
    assert result.verdict == "refuted", result.reason


def test_a_claim_denying_what_the_record_does_not_speak_of_is_not_supported(checker):
    # the resolution was adopted; the sources say nothing of a vote
    result = checker.check(
        "The UN General Assembly resolution on cooperation with the CSTO was adopted without a vote."
    )
    assert result.verdict == "not-enough-info", result.reason
    # a record that denies too says it its own way
    said = checker.check("Tasmagambetov said the CSTO does not aim to be a counterweight to NATO or any other power.")
    assert said.verdict == "supported", said.reason


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        # "free of" denies what follows
        (
            "The CSTO is a soft alliance free of rigid bloc discipline.",
            'Tasmagambetov described the CSTO as a "soft alliance" free of rigid bloc discipline and called this a '
            "strength.",
        ),
        # "unable to" denies as "cannot" does
        (
            "Countries are unable to cope with the new threats.",
            "According to the CSTO article, countries are unable to cope with the new challenges to regional security.",
        ),
    ],
)
def test_a_denying_adjective_denies_and_agrees_with_the_sources_denial(checker, sentence, claim):
    assert checker.read(sentence).negations
    assert checker.check(claim).verdict != "refuted"


def test_an_opposite_said_of_the_claims_very_object_refutes(checker):
    # the record: despite Armenia's decision to suspend its participation, the CSTO maintained its obligations
    claim = "Tasmagambetov told Izvestia that the CSTO had suspended its obligations to Armenia."
    result = checker.check(claim)
    assert result.verdict == "refuted", result.reason
    assert '"maintain"' in result.reason
    kept = "Tasmagambetov told Izvestia that the CSTO fully maintains its obligations to Armenia."
    assert checker.check(kept).verdict == "supported"


def test_difficult_to_denies_the_act_after_it(checker):
    assert checker.read("The effect is difficult to calculate.").negations
    precise = (
        "The Secretariat's analysts said the effect of the regional security factors could be precisely calculated."
    )
    assert checker.check(precise).verdict == "refuted"
    hard = (
        "The Secretariat's analysts said the effect of the regional security factors would be difficult to calculate."
    )
    assert checker.check(hard).verdict == "supported"


def test_inevitably_is_certainty_where_the_source_speaks_of_an_impression(checker):
    claim = (
        "Tokayev said such rhetoric will inevitably make the CSTO look as though it trembles before its adversaries."
    )
    result = checker.check(claim)
    assert result.verdict == "refuted"
    assert result.reason.startswith("the source says it only as a possibility")


def test_even_if_grants_and_sets_no_condition(checker):
    assert not checker.read("Even if the danger persists, there is no justification for alarm.").conditional
    assert checker.read("If Armenia withdraws, the balance may change.").conditional
    claim = "In Tokayev's view, there is no justification for depicting the threat to CSTO member states as continually escalating."
    assert checker.check(claim).verdict == "supported"


def test_drop_the_habit_of_denies_what_follows(checker):
    assert checker.read("Members should drop the habit of framing security as threats.").negations
    claim = "Kazakhstan's president urged CSTO members to drop the habit of framing their security in terms of ever-growing threats."
    result = checker.check(claim)
    assert result.verdict == "supported", result.reason  # a country's president speaks, not the country
