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


def test_an_occasion_the_sources_date_and_place_is_of_their_body_alone(checker):
    # "the CSTO Committee of Secretaries of Security Councils met in Almaty on 6 June 2024"
    result = checker.check("The meeting held in Almaty in June 2024 was one of the CSTO Council of Defence Ministers.")
    assert result.verdict == "refuted", result.reason
    assert "Committee of Secretaries" in result.reason
    result = checker.check("The CSTO Committee of Secretaries of Security Councils met in Almaty in June 2024.")
    assert result.verdict == "supported", result.reason


def test_a_body_beside_a_one_off_document_is_no_other_value_of_it(checker):
    # the resolution is the UN General Assembly's; "the UN" names its own organisation
    result = checker.check("The UN resolution on cooperation with the CSTO was co-sponsored by 40 countries.")
    assert result.verdict == "not-enough-info", result.reason
