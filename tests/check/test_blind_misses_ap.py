"""Mechanisms that the misses of blind set AP showed, each asserted on claims of our
own written like the ones that showed them. The sets themselves are reported in
tests/blind/, never asserted."""

from __future__ import annotations


def test_a_nationality_is_its_country_among_the_records_words(checker):
    # "During the CSTO Secretary General's visits to Kyrgyzstan and Tajikistan, the leaders
    # of these countries approved the CSTO's initiatives and agreed to its mediating role."
    result = checker.check("The Tajik and Kyrgyz presidents agreed to the CSTO's mediating role during his visits.")
    assert result.verdict == "supported", result.reason
    result = checker.check("The Tajik and Kyrgyz presidents rejected the CSTO's initiatives during his visits.")
    assert result.verdict == "refuted", result.reason


def test_a_city_is_not_its_country_among_the_records_words(checker):
    # Bishkek lies in Kyrgyzstan, but a visit to Bishkek is not the record's visits to the country
    result = checker.check("Tasmagambetov gave his commentary to Cronos.Asia during a visit to Bishkek.")
    assert result.verdict == "not-enough-info", result.reason


def test_a_name_and_its_adjective_are_one_name(checker):
    # "The West's policy towards Eurasian integration structures is indeed affecting both
    # the organization and, to a certain extent, its allies."
    result = checker.check("Tasmagambetov admitted that Western policy towards Eurasian integration affects the CSTO.")
    assert result.verdict == "supported", result.reason
