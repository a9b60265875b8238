"""Wrong-way verdicts blind set M showed (true claims refuted), each mechanism
asserted on claims of our own written like the one that showed it. The set
itself is reported in tests/blind/, never asserted."""

from __future__ import annotations

from cstofacts import lexicon
from tests.check.verdicts import assert_verdict


def test_a_verb_of_ending_with_a_thing_for_object_is_an_act_not_a_denial(checker):
    # "quit the bloc" is to leave it: no denial of the rest of the clause
    reading = checker.read("Should Armenia's leaders decide to quit the bloc, it would be a sovereign right.")
    assert not reading.negated
    assert_verdict(
        checker,
        "Should Armenia's leaders decide to quit the bloc, it would be Armenia's sovereign right, Tasmagambetov said.",
        "supported",
    )
    # with an act after it, it still denies that act
    assert checker.read("Tokayev urged members to drop the habit of framing security as threats.").negated
    assert checker.read("Tokayev urged members to stop habitually framing security as threats.").negated


def test_a_denials_head_is_compared_through_its_synonym(checker):
    # the claim's "not trying" and the record's "does not seek" deny one act: no flip
    assert_verdict(
        checker,
        "The CSTO is not trying to act as a counterweight to NATO, or to any other power, Tasmagambetov said.",
        "supported",
    )


def test_a_phrasal_verbs_particle_is_no_opposite(checker):
    # the record "sets out" its key areas: its "out" is not the opposite of "covers"
    result = checker.check(
        "The seventh priority covers terrorist recruitment channels, stopping drug trafficking and illegal migration."
    )
    assert result.explain["rule"] != "opposite-word", result.reason


def test_an_ordinal_before_a_noun_and_a_verb_ranks_the_noun(checker):
    reading = checker.read("The seventh priority covers terrorist recruitment channels.")
    assert [(c.value, c.noun, c.ordinal) for c in reading.counts] == [(7, "priority", True)]
    reading = checker.read("The seventh priority area is biological safety.")
    assert [(c.value, c.noun, c.ordinal) for c in reading.counts] == [(7, "area", True)]


def test_a_word_that_is_only_a_persons_name_is_no_office():
    # WordNet's "More" is Thomas More, a statesman; "more" the word is no title
    assert "noun.person" not in lexicon.classes("more")
    assert "noun.person" in lexicon.classes("minister")


def test_work_made_more_relevant_is_no_office_swapped(checker):
    assert_verdict(
        checker, "New threats such as the pandemic have made biological safety work more relevant.", "supported"
    )


def test_not_only_and_not_the_first_deny_nothing(checker):
    assert not checker.read("The CSTO is not only a military alliance but also a political organisation.").negated
    assert not checker.read("It was not the first year that experts saw an escalation of tension.").negated
    assert checker.read("The CSTO is not a military alliance.").negated
    assert_verdict(
        checker,
        "According to the article, experts have acknowledged an escalation of military and political tension "
        "in Eurasia for more than a year.",
        "supported",
    )


def test_an_outlet_named_after_its_countrys_possessive_is_the_outlet(checker):
    # "Russia's Interfax": an outlet no source names, in the place of TASS
    result = checker.check("Tokayev's remarks urging calm were reported by Russia's Interfax.")
    assert result.verdict == "refuted", result.reason
    assert result.explain["rule"] in ("unknown-name", "unknown-outlet")
    assert "TASS" in result.reason
    # the country only describes the outlet: no subject the record must name
    result = checker.check("Tasmagambetov gave an interview to Belarus's BelTA.")
    assert result.verdict == "supported", result.reason


def test_a_name_the_lexicon_holds_whole_is_one_unknown_speaker(checker):
    # "Vladimir Putin" is one name (a WordNet phrase): its verb of telling follows it
    assert_verdict(
        checker,
        "Russian President Vladimir Putin urged CSTO members to avoid describing their security "
        "in terms of ever-growing threats.",
        "refuted",
        "Tokayev",
    )


def test_a_verb_of_sayings_particle_is_the_frames_too(checker):
    # "pointed out that": the "out" is no word the record must hold
    reading = checker.read("Tasmagambetov pointed out that the CSTO celebrated the anniversary.")
    assert "out" not in reading.content_lemmas
    assert_verdict(
        checker,
        "Tasmagambetov pointed out that on 20 April the CSTO celebrated the 30th anniversary "
        "of the Collective Security Treaty's entry into force.",
        "supported",
    )


def test_a_kind_of_the_records_opposite_act_is_refuted(checker):
    # "vote down" is a kind of "veto", the opposite of the record's "adopt"
    result = checker.check(
        "Last November the UN General Assembly voted down the resolution on cooperation with the CSTO."
    )
    assert (result.verdict, result.explain["rule"]) == ("refuted", "opposite-word"), result.reason
    # "lengthen" is a kind of "increase", the opposite of the record's "reduce"
    result = checker.check("The CSTO wants to lengthen the time needed for decision-making and verification in crises.")
    assert result.verdict == "refuted", result.reason
    # a noun's broader words are no act: "piece" (a part) is no opposite of "leave"
    assert checker.check("The piece was written by Tasmagambetov for Izvestia.").verdict == "not-enough-info"


def test_words_that_only_join_or_gather_are_no_content(checker):
    # "together with", "besides", "alike", "all of": no act or thing a record must hold
    reading = checker.read("Besides Armenia, NATO courts Georgia and Azerbaijan alike, all together.")
    assert not {"besides", "alike", "all", "together"} & set(reading.content_lemmas)
    assert_verdict(
        checker,
        "Kyrgyzstan signed the border agreement in Khujand together with Tajikistan and Uzbekistan.",
        "supported",
    )


def test_a_place_after_an_article_and_no_place_before_a_possessive(checker):
    # "in the Eurasian space" and "within the Eastern European arena" say where
    assert [e.name for e in checker.read("The CSTO is a key structure in the Eurasian space.").places] == ["Eurasia"]
    assert_verdict(
        checker,
        "Babaev concludes that the dynamics of the CSTO's activities point to its significance "
        "as a key security structure in Eurasia.",
        "supported",
    )
    # "in Armenia's change of position" says whose change, not where
    assert checker.read("The pressure showed itself in Armenia's change of position.").places == []


def test_a_claim_that_doubts_what_the_source_states_for_certain_is_refuted(checker):
    result = checker.check(
        "Babaev writes that it is an open question whether the CSTO is still a key security structure "
        "in the Eurasian space."
    )
    assert (result.verdict, result.explain["rule"]) == ("refuted", "doubted-certain"), result.reason
    # "whether ... or ...": a choice between two, no doubt
    assert checker.read("It is for Armenia to decide whether it stays or leaves.").doubts == []
    assert checker.read("Babaev is doubtful that the bloc matters.").doubts == ["doubtful"]


def test_a_phrasal_verb_is_read_through_the_verb_its_form_may_be(checker):
    # "laid" is read "lie"; as "lay" it opens "lay out", a phrase WordNet holds
    reading = checker.read("Tasmagambetov laid out the CSTO's stance in an interview with BelTA.")
    assert "lay out" in reading.content_lemmas and "out" not in reading.content_lemmas
    assert_verdict(
        checker, "The CSTO's stance was laid out by its Secretary General in an interview with BelTA.", "supported"
    )


def test_months_from_one_into_another(checker):
    assert_verdict(
        checker, "The Brothers-in-Arms – 2022 exercise lasted from September into October 2022.", "supported"
    )
    when = checker.read("It ran from September into October 2022.").dates
    assert [(d.first.isoformat(), d.last.isoformat()) for d in when] == [("2022-09-01", "2022-10-31")]


def test_one_thing_of_several_is_no_count(checker):
    # "one driver of the tension" is one among the drivers, not a count of one
    assert checker.read("Fundamental changes are named as one driver of the tension in Eurasia.").counts == []
    assert [c.value for c in checker.read("One document was signed at the summit.").counts] == [1]


def test_todays_things_are_the_present_not_a_date(checker):
    assert checker.read("Tokayev urged that today's realities be analysed calmly.").relative is None
    assert checker.read("The summit opened today.").relative == "today"
    assert_verdict(
        checker,
        "Tokayev urged that today's realities be analysed without unintentionally amplifying fear.",
        "supported",
    )


def test_the_only_one_is_no_support_where_the_record_says_of_none_that_it_is_alone(checker):
    # the record: armed power was the key instrument, other means now matter too
    result = checker.check(
        "According to the article, armed force remains the only instrument that matters for national security "
        "in today's conditions."
    )
    assert result.verdict != "supported", result.reason
    result = checker.check("Officials have already settled on a single scenario for Armenia's role in the CSTO.")
    assert result.verdict != "supported", result.reason
    # "only as a draft" restricts how it exists, no thing said to be alone
    result = checker.check(
        "A targeted programme to strengthen the Tajikistan-Afghanistan frontier exists only as a draft."
    )
    assert result.verdict == "supported", result.reason


def test_a_verb_of_meaning_to_do_frames_the_act_after_it(checker):
    # "aims to serve", "does not seek to serve", "wants to be": the act is the serving
    reading = checker.read("Tasmagambetov said the CSTO aims to serve as a counterweight to NATO.")
    assert "aim" not in reading.content_lemmas
    result = checker.check("Tasmagambetov said the CSTO aims to serve as a counterweight to NATO.")
    assert (result.verdict, result.explain["rule"]) == ("refuted", "denial"), result.reason
    result = checker.check("According to Tasmagambetov, the CSTO does not want to act as a counterweight to NATO.")
    assert result.verdict == "supported", result.reason
    # "has no plans to leave": a plan, named
    assert "plan" in checker.read("Yerevan has no plans to leave the CSTO.").content_lemmas


def test_has_said_and_he_said_report_words(checker):
    # "has said" is no passive; "he said the CSTO ..." reports without "that"
    assert checker.read("Tasmagambetov has said the CSTO does not seek to be a counterweight.").speakers
    assert (
        "say"
        not in checker.read("In an interview, he said the CSTO does not seek to be a counterweight.").content_lemmas
    )


def test_a_persons_title_and_name_is_no_near_name_of_a_body(checker):
    # "Security Council Secretary Sergei Shoigu" shares words with the Committee of
    # Secretaries of Security Councils, but names a person the sources do not mention
    result = checker.check(
        "Russian Security Council Secretary Sergei Shoigu spoke at the Almaty meeting of security council secretaries."
    )
    assert (result.verdict, result.reason) == ("not-enough-info", "the sources do not mention Sergei Shoigu")


def test_an_opposite_is_a_word_of_what_the_record_says_not_of_its_framing(checker):
    # the record: "Earlier, Sergei Aleynik ... stressed that ... the primary objective today"
    result = checker.check(
        "Belarus's Sergei Aleynik named solidarity and unity the organization's main goal at present."
    )
    assert result.verdict != "refuted", result.reason
    # a word that denies is said: "difficult to calculate" against "easy to forecast"
    result = checker.check(
        "According to the Secretariat's analysts, the effect of an Armenian withdrawal on regional security "
        "is easy to forecast."
    )
    assert result.verdict == "refuted", result.reason


def test_that_same_year_is_no_content(checker):
    assert_verdict(
        checker,
        "That same year, CSTO peacekeepers trained together in Kyrgyzstan in the Unbreakable Brotherhood exercise.",
        "supported",
    )


def test_an_outlet_said_to_be_of_another_country_is_refuted(checker):
    result = checker.check("BelTA, which ran the interview with the Secretary General, is a Russian news agency.")
    assert (result.verdict, result.reason) == (
        "refuted",
        "outlet: the sources' BelTA is of Belarus, not a Russian news agency",
    )
    # the right country, with a quality the sources do not give, is not supported
    result = checker.check("BelTA, which carried the interview, is Belarus's state-owned news agency.")
    assert result.verdict == "not-enough-info", result.reason


def test_a_kind_is_the_narrower_word_of_its_broader_one():
    # the lexicon holds WordNet's hyponyms as narrower words: an objective is a kind of goal
    from cstofacts.check.lexical import match_word

    assert "objective" in lexicon.entry("goal").narrower
    assert match_word("goal", "goal", {"objective"}) == ("narrower", "objective")


def test_a_verb_of_saying_set_off_after_he_is_an_aside(checker):
    reading = checker.read("Hybrid threats are the area where, he admits, more work appears to be needed.")
    assert "admit" not in reading.content_lemmas
    # not without the commas: "he admits mistakes" is an act
    assert "admit" in checker.read("Tokayev says he admits mistakes.").content_lemmas
