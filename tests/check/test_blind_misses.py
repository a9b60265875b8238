"""Mechanisms the blind sets showed missing, each asserted on claims of our own
written like the one that showed it, or on that claim once its set was measured
and tuned on (set H; the set itself is reported, never asserted)."""

from __future__ import annotations

import pytest

from cstofacts.check.lexical import match_word
from tests.check.verdicts import assert_verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # a negation's head is the act it denies, not a name on the way to it
        ("The CSTO does not take into account NATO's increased activity in the Transcaucasus.", "refuted"),
        ("In its work the CSTO does not take NATO's increased activity into account.", "refuted"),
        # organisations joined by dashes are each named, not one unknown name
        ("The roadmap for CSTO–CIS–SCO cooperation was signed in Beijing on 3 September 2025.", "supported"),
        ("CSTO-UN cooperation was discussed at a Security Council meeting on 19 July 2024.", "supported"),
        # a number of nothing named must be the record's too
        ("Three of the 15 documents signed at the summit concerned the joint press centre.", "not-enough-info"),
        (
            "One priority of the new leadership was preventing crises like the Kazakhstan scenario of January 2022.",
            "supported",
        ),
        # the state an event was held in is its host, not a list of who took part
        ("Armenia and Belarus took part in the Brothers-in-Arms – 2022 exercise in Kazakhstan.", "not-enough-info"),
        # a name no source gives beside one the claim names by title is no swap for it
        (
            'The "Dostuk" order was presented to the Secretary General by Kyrgyz President Sadyr Japarov.',
            "not-enough-info",
        ),
        # a known state in the place of the record's: swapped
        ("Babaev writes that the pressure on Moscow's allies showed in a change of position by Belarus.", "refuted"),
        ("Engagement between Russia and Kazakhstan aims to synchronise action plans within the alliance.", "refuted"),
        ("Brothers-in-Arms – 2022 was held in Kazakhstan in September and October 2022.", "supported"),
        # a modal is how a thing is said, not what: the record's denial of the rest refutes
        ("Tokayev said the threat to member states should be portrayed as ever-mounting.", "refuted"),
        # a verb of saying after "he" reports, it is no content
        ("He argued that talk of danger has always been part of international life.", "supported"),
        # words given to another speaker must be about the same things
        ("Tasmagambetov told Izvestia that the CSTO would hold joint exercises with the SCO.", "not-enough-info"),
        # "recently" where the record says "a recent interview": the source's own time
        ("BelTA recently interviewed Tasmagambetov on the CSTO members' stance toward NATO.", "supported"),
        ("BelTA interviewed Tasmagambetov on NATO two years ago.", "not-enough-info"),
        # words that tie a sentence to its neighbours or qualify its telling are no content
        (
            "Meanwhile, Sputnik Armenia reported that Mirzoyan described his relations with Tasmagambetov as excellent.",
            "supported",
        ),
        (
            "In an exclusive interview with BelTA, Tasmagambetov said the CSTO does not seek to be a counterweight to NATO.",
            "supported",
        ),
        ("The peacekeepers, however, trained in Kyrgyzstan during Unbreakable Brotherhood – 2023.", "supported"),
        # a form that may be a verb besides its lemma is matched as that verb too
        (
            "According to Secretariat analysts, the balance of power in the South Caucasus might shift if Armenia left the CSTO.",
            "supported",
        ),
        (
            "Following the CSTO summit, 15 documents were signed, including a provision on a joint press centre.",
            "supported",
        ),
        # a passive in progress is under way, not done
        (
            "The CSTO's collective peacekeeping potential has already been integrated into UN peace-supporting activities.",
            "refuted",
        ),
        ("The CSTO's basic documents have already been updated in line with the new environment.", "refuted"),
        # review of this session's changes: each a wrong verdict the first versions gave
        ("The CSTO has proven ineffective, said Tokayev.", "refuted"),  # a predicate, not an aside
        ("Work is already under way to update a number of the CSTO's basic documents.", "supported"),
        (
            "Babaev writes that the pressure on Moscow's allies did not manifest in a change of position by Belarus.",
            "not-enough-info",
        ),
        (
            "Tasmagambetov stressed that if Armenia left the organisation, that would be its sovereign right.",
            "supported",
        ),
        # a source's own sentence, checked whole, is no denial of itself
        (
            "The CSTO’s members are not signaling an intent to fortify their military posture in response to NATO "
            "activities, a position that remains under careful observation by regional and international observers.",
            "supported",
        ),
    ],
)
def test_verdict(checker, claim, verdict):
    result = checker.check(claim)
    assert result.verdict == verdict, result.reason


@pytest.mark.parametrize(
    ("claim", "outlets"),
    [
        ("Pashinyan told NATO's Jens Stoltenberg that Yerevan wants close cooperation.", set()),
        ("Pashinyan told NATO Secretary General Jens Stoltenberg that Yerevan wants cooperation.", set()),
        ("Tasmagambetov told Izvestia that the CSTO fully maintained its obligations.", {"Izvestia"}),
    ],
)
def test_one_told_is_an_outlet_only_when_it_is_one(checker, claim, outlets):
    assert {e.name for e in checker.read(claim).outlets} == outlets


def test_the_main_thing_inside_a_relative_clause_is_not_what_follows_it(checker):
    # the copula after a relative clause is the head noun's: no other main objective is given
    inside = "The minister who called solidarity and unity the CSTO's primary objective was Sergei Aleynik."
    assert checker.check(inside).verdict != "refuted"
    # a clause that closed before the frame leaves it the sentence's own
    closed = "The minister who heads Belarusian diplomacy said the primary objective of the CSTO is expanding its membership."
    assert checker.check(closed).verdict == "refuted"
    assert (
        checker.check("The CSTO's primary objective today is expanding its membership, Aleynik said.").verdict
        == "refuted"
    )


@pytest.mark.parametrize(
    ("claim", "countries", "outlets"),
    [
        # a country's possessive describes the outlet; it is not the outlet
        ("Tokayev's remarks were reported by Kazakhstan's state news agency Kazinform.", {"kazakhstan"}, set()),
        ("Tasmagambetov set out the position on NATO in an interview with a Russian news agency.", {"russia"}, set()),
        ("Tasmagambetov gave an interview to the Belarusian news agency BelTA.", {"belarus"}, {"BelTA"}),
    ],
)
def test_an_outlet_described(checker, claim, countries, outlets):
    reading = checker.read(claim)
    assert set(reading.outlet_countries) == countries
    assert {e.name for e in reading.outlets} == outlets


def test_only_a_person_speaks_before_in_an_interview_with(checker):
    reading = checker.read("Tasmagambetov set out the position on NATO in an interview with a Russian news agency.")
    assert "NATO" not in {e.name for e in reading.speakers}


def test_an_adverb_before_what_is_counted_only_qualifies_it(checker):
    counts = checker.read("The CSTO's work rests on three mutually complementary spheres.").counts
    assert [(c.value, c.noun) for c in counts] == [(3, "sphere")]


@pytest.mark.parametrize(
    "claim",
    [
        # what the unknown outlet is ("the newspaper", "news agency") is no content the record must hold
        "Tokayev's remarks urging calm were reported by the Interfax news agency.",
        "Kirill Babaev's article on the CSTO's results for 2023-2025 was published in the newspaper Izvestia.",
        # an outlet no source names, for words the record of the rest holds only in part (sets B, D, H)
        "Tasmagambetov set out the CSTO's position in an interview with the Russian news agency RIA Novosti.",
    ],
)
def test_an_outlet_the_sources_do_not_name_in_place_of_theirs_is_refuted(checker, claim):
    result = checker.check(claim)
    assert result.verdict == "refuted", result.reason
    assert result.reason.startswith(("outlet: the source says", "the source names BelTA"))


def test_an_outlet_the_sources_do_not_name_beside_theirs_is_not_refuted(checker):
    assert_verdict(checker, "Tokayev's remarks were also reported by the Interfax news agency.", "not-enough-info")


def test_an_outlets_interview_is_the_outlet_it_was_given_to(checker):
    reading = checker.read("In his Izvestia interview, the Secretary General named terrorism among the threats.")
    assert {e.name for e in reading.outlets} == {"Izvestia"}
    assert reading.interview
    assert "interview" not in reading.content_lemmas
    assert_verdict(
        checker,
        "In his Izvestia interview, the CSTO Secretary General named terrorism and religious extremism "
        "among the current threats to member countries.",
        "supported",
    )


@pytest.mark.parametrize(
    "claim",
    [
        # the record that gives these words to another ranks below the named person's own records
        'In the Izvestia interview, Kazakh President Kassym-Jomart Tokayev described the CSTO as a "soft alliance".',
        "In the BelTA interview, it was Kassym-Jomart Tokayev who said the CSTO does not seek to serve as a "
        "counterweight to NATO.",
    ],
)
def test_words_the_sources_give_to_another_person_are_refuted(checker, claim):
    result = checker.check(claim)
    assert result.verdict == "refuted", result.reason
    assert result.reason.startswith("speaker: the source gives these words to")


@pytest.mark.parametrize(
    ("word", "record_words"),
    [
        # "unity" is a synonym of "single" as the number one, a noun; "common" is opposed to "single"
        # as an adjective: no opposition in a part of speech both have
        ("unity", {"common"}),
        # "end" (a noun, a verb) is opposed to "middle", a noun; "mediate" is its synonym as an adjective
        ("end", {"mediate"}),
    ],
)
def test_an_opposite_through_a_synonym_needs_a_part_of_speech_both_words_have(word, record_words):
    assert match_word(word, word, record_words)[0] != "antonym"


def test_opposites_through_a_synonym_in_one_part_of_speech_still_oppose():
    assert match_word("reject", "rejected", {"sign"})[0] == "antonym"  # "sign" is opposed to "refuse"


@pytest.mark.parametrize(
    "claim",
    [
        # the record's "no" is its negation, judged as one, not an opposite of "any" (sets I and J)
        "He said he hopes any confrontation between Armenia and the CSTO remains no more than hypothetical.",
        # "take (into account)" is a kind of "move", the opposite of "stay": a light verb is a kind of anything
        "Tasmagambetov said he hoped any Armenia-CSTO confrontation would stay purely hypothetical.",
    ],
)
def test_a_negation_or_a_light_verb_of_the_record_is_no_opposite_word(checker, claim):
    result = checker.check(claim)
    assert result.verdict != "refuted", result.reason


def test_a_city_in_the_country_the_source_gives_is_not_another_place(checker):
    # the source says the exercises were in Belarus; which city, it does not say (set I)
    assert_verdict(
        checker,
        "The Combat Brotherhood – 2023 manoeuvres ended with a joint military parade in Minsk.",
        "not-enough-info",
    )
    # a city where the source gives another city of the same country is another place
    assert_verdict(
        checker,
        "The meeting of the Committee of Secretaries of Security Councils took place in Astana in June 2024.",
        "refuted",
    )


def test_against_doing_denies_the_act(checker):
    reading = checker.read("Tokayev has warned against portraying the threat as continually escalating.")
    assert reading.negations
    assert_verdict(
        checker,
        "Kazakh President Kassym-Jomart Tokayev, meanwhile, has warned against portraying the threat to member "
        "states as continually escalating.",
        "supported",
    )
    assert not checker.read("The CSTO is building up measures against hybrid threats.").negations
    # after a noun, "against" names what is opposed, however it ends
    reading = checker.read("The seventh area is the build-up of measures against recruiting citizens.")
    assert not reading.negations


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "on their own" is "alone": "own" says nothing a record must hold (seven blind sets wrote it)
        (
            "The article argues that countries cannot deal with the new regional security challenges on their own.",
            "supported",
        ),
        # "handle" and "cope" share two synonyms ("deal", "manage"): one act, so the source's denial refutes it
        (
            "According to the article, countries can handle the new challenges to regional security on their own.",
            "refuted",
        ),
        (
            "The article argues that countries can handle the new regional security challenges entirely by themselves.",
            "refuted",
        ),
    ],
)
def test_doing_without_others(checker, claim, verdict):
    result = checker.check(claim)
    assert result.verdict == verdict, result.reason


def test_verbs_sharing_two_synonyms_are_related_one_is_not():
    assert match_word("handle", "handle", {"cope"})[0] == "related"
    assert match_word("attend", "attended", {"meet"})[0] != "related"


def test_an_interview_with_a_person_makes_them_no_outlet(checker):
    reading = checker.read("Izvestia published its interview with Tasmagambetov in May 2024.")
    assert "Imangali Tasmagambetov" not in {e.name for e in reading.outlets}
    assert {e.name for e in reading.speakers} == {"Imangali Tasmagambetov"}


def test_an_act_the_record_gives_its_one_person_given_to_another_is_refuted(checker):
    # the record's person is the passive's subject, the claim's the recipient after "to" (set J)
    assert_verdict(
        checker,
        'The "Dostuk" order was awarded to Kirill Babaev for his contribution to the peaceful resolution of conflicts.',
        "refuted",
        "Imangali Tasmagambetov",
    )
    # the person beside the act ("presented by"), not in the place of the record's person
    assert_verdict(
        checker,
        'The "Dostuk" order, presented by Babaev, was awarded for a contribution to the peaceful resolution '
        "of conflicts.",
        "not-enough-info",
    )
    # two people in the claim: the one the record lacks may be beside its person, not in his place
    assert_verdict(
        checker, "Sergei Aleynik made his remarks on CSTO unity at a meeting with Tasmagambetov.", "not-enough-info"
    )


def test_a_person_no_source_names_who_told_an_outlet_the_sources_words_is_refuted(checker):
    result = checker.check(
        "It was Belarusian President Alexander Lukashenko who told BelTA that the CSTO does not seek to be a "
        "counterweight to NATO."
    )
    assert result.verdict == "refuted", result.reason
    assert result.reason.startswith("speaker: the source gives these words to Imangali Tasmagambetov")


def test_a_verb_of_saying_set_off_by_commas_attributes_the_words(checker):
    reading = checker.read(
        "Under Tasmagambetov's leadership, Babaev argues, the CSTO has remained a key player in ensuring security."
    )
    assert "argue" not in reading.content_lemmas
    # a verb set off by commas after a state reports nothing
    assert (
        checker.read("In 2024, Armenia decided, however, to suspend its participation in CSTO events.").speakers == []
    )
    assert_verdict(
        checker,
        "Under Tasmagambetov's leadership, Babaev argues, the CSTO has remained a key player in ensuring "
        "security in the Eurasian space.",
        "supported",
    )


def test_remains_before_what_a_thing_is_is_a_copula(checker):
    # "remains a key structure" says what "is a key structure" says
    assert_verdict(
        checker, "Babaev concludes that the CSTO remains a key security structure in the Eurasian space.", "supported"
    )
    # before a place it is an act: "remain in the CSTO"
    assert "remain" in checker.read("Tasmagambetov said Armenia will remain in the CSTO.").content_lemmas


def test_he_said_between_commas_is_his_words(checker):
    # "The organization, he said, ...": he said it, not the organization
    reading = checker.read("The organization, he said, remains open to countries that share its principles and goals.")
    assert reading.speakers == []


def test_carried_by_names_the_outlet(checker):
    reading = checker.read("Tokayev's remarks were carried by TASS.")
    assert {e.name for e in reading.outlets} == {"TASS"}
    assert_verdict(checker, "Tokayev's remarks were carried by the Interfax news agency.", "refuted")
    # a load carried by a state is no report
    reading = checker.read("The main burden of the collective forces is carried by Russia.")
    assert reading.outlets == [] and not reading.unknown_outlets


@pytest.mark.parametrize(
    "claim",
    [
        "The military cooperation plan approved by the defence ministers covers the decade 2025-2035.",
        "The Council of Defense Ministers approved a plan for military cooperation covering the years 2025-2029.",
    ],
)
def test_the_unit_word_of_a_span_is_the_spans_own(checker, claim):
    reading = checker.read(claim)
    units = {i for i, t in enumerate(reading.tokens) if t.lemma in ("decade", "year")}
    assert units and units <= reading.dated
    result = checker.check(claim)
    assert result.verdict == "refuted", result.reason
    assert result.reason.startswith("period: the source says 2026-2030")


def test_the_absence_of_x_a_y_denies_only_x(checker):
    claim = "Tasmagambetov called the absence of rigid bloc discipline a weak point of the CSTO."
    reading = checker.read(claim)
    at = {t.word: i for i, t in enumerate(reading.tokens)}
    assert {at["rigid"], at["discipline"]} <= reading.denied
    assert at["weak"] not in reading.denied
    assert_verdict(checker, claim, "refuted")  # the source: "a strong point"


def test_according_to_the_outlets_report_is_the_outlets_text(checker):
    assert_verdict(checker, "According to the BelTA report, the CSTO has stopped monitoring NATO's actions.", "refuted")


def test_putting_one_thing_ahead_of_another_is_a_preference(checker):
    reading = checker.read("The CSTO puts a confrontational security posture ahead of cooperation and dialogue.")
    assert reading.preferred is not None
    assert_verdict(
        checker,
        "According to the BelTA report, the CSTO puts a confrontational security posture ahead of cooperation "
        "and dialogue.",
        "refuted",
    )


@pytest.mark.parametrize(
    "claim",
    [
        # a title that is no office (an author, a member) is no conflict with the office the sources give
        "Tasmagambetov is the author of the article arguing that the CSTO proved to be an influential and effective "
        "organization.",
        "Besides leading the Institute of China and Modern Asia, Babaev is a corresponding member of the Russian "
        "Academy of Sciences.",
    ],
)
def test_a_title_that_is_no_office_does_not_conflict_with_the_persons_office(checker, claim):
    assert_verdict(checker, claim, "not-enough-info")


def test_another_office_still_conflicts(checker):
    assert_verdict(checker, "Nikol Pashinyan is the president of Armenia.", "refuted")


def test_the_alliance_is_the_organisation_the_claim_names(checker):
    assert_verdict(
        checker, "The NATO official Pashinyan met, Jens Stoltenberg, was the alliance's Secretary General.", "supported"
    )
    # with no organisation named, the alliance is the CSTO's
    assert_verdict(checker, "Jens Stoltenberg was the alliance's Secretary General.", "refuted")


def test_a_quality_opposed_through_the_one_it_is_a_shade_of(checker):
    # "marginal", like "peripheral", is opposed to "central", a synonym of the source's "key"
    assert match_word("marginal", "marginal", {"key"})[0] == "opposite quality"
    result = checker.check(
        "The article says the United Nations plays only a marginal role in the CSTO's international cooperation."
    )
    assert result.verdict == "refuted", result.reason
    # of another thing, no opposite: "several processes" against "the whole of ..."
    result = checker.check("Babaev describes 2022 as a watershed year for several international political processes.")
    assert result.verdict != "refuted", result.reason


def test_the_month_may_is_no_hedge(checker):
    reading = checker.read("Tasmagambetov's interview with BelTA was published in May 2024.")
    assert reading.hedges == []
    assert checker.read("The balance of power may change.").hedges == ["may"]


def test_an_outlet_swap_needs_the_same_act_by_more_than_a_loose_relation(checker):
    # "published" matched the record's "effect" only as a related word: no occasion to swap outlets
    assert_verdict(checker, "Tasmagambetov's interview with BelTA was published in May 2024.", "not-enough-info")


def test_an_ordinal_of_the_things_counts_them(checker):
    reading = checker.read(
        "Biological safety is listed as the third of the priority areas for updating the CSTO's activity."
    )
    assert [(c.value, c.noun, c.ordinal) for c in reading.counts] == [(3, "area", True)]
    result = checker.check(
        "Biological safety is listed as the third of the priority areas for updating the CSTO's activity."
    )
    assert (result.verdict, result.reason) == ("refuted", "number: the source says sixth area")


def test_an_office_with_another_qualifier_than_the_records_is_refuted(checker):
    result = checker.check(
        "The military cooperation plan for 2026-2030 was approved at a meeting of the CSTO's foreign ministers."
    )
    assert (result.verdict, result.explain["rule"]) == ("refuted", "office-swapped"), result.reason
    assert result.reason == 'the source says "defense minister", not "foreign minister"'
    result = checker.check(
        "The military cooperation plan for 2026-2030 was approved at a meeting of the CSTO's defence ministers."
    )
    assert result.verdict == "supported", result.reason
    # "appointed Secretary General": a verb, no qualifier of the office
    assert checker.check("Imangali Tasmagambetov was appointed Secretary General of the CSTO.").verdict == "supported"


def test_a_denial_the_record_does_not_speak_of_is_no_support(checker):
    # the record avoids rhetoric (a denial of another thing) and stays vigilant: no attention stopped
    result = checker.check(
        "Observers say the CSTO has stopped paying attention to potential challenges to collective security."
    )
    assert result.verdict != "supported", result.reason


def test_an_act_said_done_that_the_record_gives_as_a_task_is_refuted(checker):
    result = checker.check(
        "It also says the draft program to strengthen the Tajikistan-Afghanistan border has already been finalized."
    )
    assert result.verdict == "refuted", result.reason
    assert result.reason.startswith('the source says it is not done yet ("finalizing")')


def test_a_fact_the_source_states_as_its_own_is_no_one_elses_words(checker):
    # "Tajikistan, Kyrgyzstan and Uzbekistan signed a border agreement in Khujand": no one's words,
    # so Babaev's remark on the same signing does not make them his (a new user's trial)
    assert_verdict(checker, "Tasmagambetov said the agreement was signed in Khujand.", "not-enough-info")
    # words the sources do give to another are still refuted
    assert_verdict(checker, "Tokayev said the CSTO does not seek to serve as a counterweight to NATO.", "refuted")
