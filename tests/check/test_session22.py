"""Mechanisms that the misses of the sweep over every blind set showed in the
twenty-second session, each asserted on claims of our own written like the ones
that showed them. The sets themselves are reported in tests/blind/, never
asserted."""

from __future__ import annotations

from cstofacts.check import REFUTED, SUPPORTED
from tests.check.verdicts import assert_verdict


def test_a_verb_of_how_long_leaves_it_to_the_date(checker):
    # "stretched", "spans": WordNet's verbs of a state, with a date after a preposition
    plan = "The Plan for the development of military cooperation approved in May 2025"
    assert_verdict(checker, f"{plan} stretches from 2026 to 2030.", SUPPORTED)
    assert_verdict(checker, f"{plan} stretches from 2025 to 2029.", REFUTED, "period")
    assert_verdict(
        checker, "The strategic exercise Brothers-in-Arms 2022 stretched across September and October 2022.", SUPPORTED
    )
    # a verb of a change says which end of it ("began"), and a date with no preposition is a thing's
    assert checker.check("Brothers-in-Arms 2022 began in October 2022.").verdict != SUPPORTED
    assert_verdict(checker, "In May 2025 the defence ministers shelved the 2026-2030 plan.", REFUTED)
