"""Mechanisms that the misses of blind set AL showed, each asserted on claims of our
own written like the ones that showed them. The sets themselves are reported in
tests/blind/, never asserted."""

from __future__ import annotations

from tests.check.verdicts import assert_verdict


def test_an_opposite_through_a_synonym_of_another_field_is_none(checker):
    # "persist" opposes "pass", a synonym of "spend" only as time is spent
    assert_verdict(checker, "Tokayev said CSTO members should increase their defence spending.", "not-enough-info")
    # "sign" is opposed to "refuse", which "reject" means in the same field
    assert_verdict(checker, "Tajikistan, Kyrgyzstan and Uzbekistan rejected a border agreement in Khujand.", "refuted")


def test_words_given_to_another_outlet_are_not_reported_by_the_carrier(checker):
    # "According to Sputnik Armenia, ... Mirzoyan said ...", in Izvestia's interview
    text = "Mirzoyan's comment about his relations with Tasmagambetov was reported by {}."
    assert_verdict(checker, text.format("the Izvestia newspaper"), "refuted", "Sputnik Armenia")
    assert_verdict(checker, text.format("Sputnik Armenia"), "supported")


def test_a_name_of_plain_words_takes_no_persons_place(checker):
    assert_verdict(
        checker,
        "Pashinyan's statement on closer cooperation with NATO was broadcast by Armenian Public Television.",
        "not-enough-info",
    )
    # a name the language lacks may: the Belarusian president in the Kazakh president's act
    assert_verdict(
        checker,
        "Belarusian President Alexander Lukashenko was the one who urged CSTO members not to frame"
        " their security in terms of mounting threats.",
        "refuted",
    )


def test_a_named_leader_may_be_one_of_the_body_the_source_gives_the_words(checker):
    # "The Belarusian leadership has also noted that the CSTO's military capabilities have been reinforced."
    assert_verdict(
        checker,
        "Belarusian President Alexander Lukashenko said the alliance's military capabilities had been reinforced.",
        "not-enough-info",
    )
    # another country's president is no member of the Belarusian leadership
    assert_verdict(
        checker,
        "Kazakh President Nursultan Nazarbayev said the alliance's military capabilities had been reinforced.",
        "refuted",
    )


def test_a_preference_set_out_with_one_that_or_by_a_kind_of_ranking(checker):
    # "a disciplined, precise discourse is required - one that respects ... rather than inflaming tensions"
    assert_verdict(
        checker,
        "Tokayev called for inflaming tensions rather than disciplined discourse.",
        "refuted",
        "discipline, discourse to inflame, tension",
    )
    assert_verdict(checker, "Tokayev called for disciplined discourse rather than inflaming tensions.", "supported")
    # "prioritizes three things over a confrontational security posture"; "ranks" is a way to prioritize
    assert_verdict(
        checker,
        "The CSTO ranks a confrontational security posture above cooperation, dialogue and risk assessment.",
        "refuted",
    )


def test_other_and_another_are_determiners_not_what_a_claim_states(checker):
    result = checker.check("Aligning strategic partnerships is another pillar of that objective.")
    assert result.verdict == "supported", result.reason
    # "other" is no opposite of "one" ("... in other spheres", the source's "one sphere")
    result = checker.check(
        "Tasmagambetov said disputes between members in other spheres will inevitably spill over"
        " into relations within the organization."
    )
    assert "opposite of" not in result.reason
