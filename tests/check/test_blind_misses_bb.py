"""Mechanisms that the misses of blind set BB and of the sweep over every set
showed, each asserted on claims of our own written like the ones that showed
them. The sets themselves are reported in tests/blind/, never asserted."""

from __future__ import annotations

from tests.check.verdicts import assert_verdict


def test_a_possible_appearance_is_what_a_record_of_an_impression_says(checker):
    # "According to him, such rhetoric can create the impression that the CSTO trembles
    # before adversaries": a claim that says it can look so says no more than that
    assert_verdict(
        checker, "Tokayev warned that such talk can make the CSTO look as if it trembles before its foes.", "supported"
    )
    # certain of the appearance, or saying it came about, the claim asks more than the record
    assert_verdict(
        checker,
        "Tokayev said such talk will inevitably make the CSTO look as if it trembles before its foes.",
        "refuted",
    )
    assert_verdict(
        checker,
        "Tokayev said such talk has already made the CSTO look as if it trembles before its foes.",
        "refuted",
    )


def test_a_titled_person_in_the_place_of_the_one_who_acted_is_swapped(checker):
    # "Armenian Prime Minister Nikol Pashinyan, at a recent meeting with NATO Secretary
    # General Jens Stoltenberg, actually openly declared Yerevan's desire ..."
    assert_verdict(
        checker,
        "Armenian Foreign Minister Ararat Mirzoyan met Jens Stoltenberg and openly declared Yerevan's desire"
        " for close cooperation with NATO.",
        "refuted",
        "Nikol Pashinyan, not Ararat Mirzoyan",
    )
    assert_verdict(
        checker,
        "It was Ararat Mirzoyan who, meeting Jens Stoltenberg, openly declared Yerevan's desire"
        " for close cooperation with NATO.",
        "refuted",
        "Nikol Pashinyan",
    )
    # the one met is not the one who acted: Stoltenberg stands after "with"
    assert_verdict(checker, "Tasmagambetov last met Pashinyan in Yerevan in the spring of 2024.", "not-enough-info")
    # another act than the record's: Tasmagambetov made a report at the Almaty meeting
    assert_verdict(
        checker,
        "Kazakh President Kassym-Jomart Tokayev opened the Almaty meeting of the CSTO security council secretaries.",
        "not-enough-info",
    )


def test_an_act_said_to_have_come_about_is_more_than_a_record_of_its_possibility(checker):
    # "... if the Armenian leadership decides to leave the organization, that is its
    # sovereign right": leaving is a condition, not a thing done
    assert_verdict(checker, "Armenia has formally left the CSTO.", "refuted", "on a condition")
    assert_verdict(checker, "Armenia has already decided to quit the CSTO.", "refuted", '"already"')
    # "... which I hope is no more than hypothetical"
    assert_verdict(
        checker, "Tasmagambetov said a confrontation between Armenia and the CSTO is already a reality.", "refuted"
    )
    # a denial says nothing came about; a hedge asks no more than the condition
    assert_verdict(checker, "Armenia has not formally left the CSTO.", "not-enough-info")
    assert_verdict(
        checker, "Tasmagambetov believes Armenia will probably leave the CSTO before 2026.", "not-enough-info"
    )


def test_being_sure_of_it_is_certainty(checker):
    # "The Secretariat's analysts point out that the balance of power in the South Caucasus may change"
    assert_verdict(
        checker,
        "The Secretariat's analysts are certain that Armenia's withdrawal would change the South Caucasus balance.",
        "refuted",
        '("certain")',
    )
    assert_verdict(
        checker,
        "The Secretariat's analysts are confident that Armenia's withdrawal would shift the South Caucasus balance.",
        "refuted",
    )
    # a quality, not the claim's certainty: "Misinterpretation of statements can mislead
    # observers about how confident and resolute the alliance is"
    assert_verdict(
        checker,
        "Tokayev cautioned that the misinterpretation of statements could mislead observers about how confident"
        " and resolute the alliance is.",
        "supported",
    )


def test_ratifying_is_not_signing(checker):
    # "Tajikistan, Kyrgyzstan and Uzbekistan signed a border agreement in Khujand": whether
    # it was ratified, the sources do not say (WordNet gives "ratify" as a synonym of "sign")
    assert_verdict(checker, "Kyrgyzstan has not yet ratified the Khujand border agreement.", "not-enough-info")
    assert_verdict(
        checker, "Neither Kyrgyzstan nor Tajikistan has yet ratified the Khujand border agreement.", "not-enough-info"
    )
    assert_verdict(checker, "Kyrgyzstan did not sign the Khujand border agreement.", "refuted")
