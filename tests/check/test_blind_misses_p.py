"""Mechanisms that the misses of blind set P and the sets before it showed, each
asserted on claims of our own written like the ones that showed them. The sets
themselves are reported in tests/blind/, never asserted."""

from __future__ import annotations

from tests.check.verdicts import assert_verdict


def test_the_text_a_claim_cites_is_its_attribution_not_its_content(checker):
    # "the author", "the review", "according to the article": whose words, not what they say
    for text in (
        "The author argues that states can cope with the new regional security challenges by themselves.",
        "According to the article, the CSTO has existed for twenty years.",
    ):
        reading = checker.read(text)
        assert not {"author", "article"} & {reading.tokens[i].word for i in reading.content}, text
    assert (
        checker.check(
            "The author argues that states can cope with the new regional security challenges by themselves."
        ).verdict
        == "refuted"
    )
    assert_verdict(checker, "According to the author, the CSTO has existed for twenty years.", "refuted", "30 years")


def test_a_text_attribution_agrees_with_a_record_in_the_texts_own_voice(checker):
    result = checker.check("The article says the CSTO has existed for thirty years.")
    assert result.verdict == "supported", result.reason
    closest = result.explain["records"][0]
    assert {"slot": "attribution", "status": "match", "claim": "the text's own words", "source": ""} in closest["slots"]


def test_denying_an_act_neither_denies_nor_says_a_meeting_of_the_same_word(checker):
    # "cannot meet the challenges" against a record of "the meeting" in Almaty: that
    # record neither refutes the claim nor states it
    for claim in (
        "Countries cannot meet the new regional security challenges on their own.",
        "Countries cannot meet the new regional security challenges on their own, Babaev argues.",
    ):
        result = checker.check(claim)
        assert result.verdict != "refuted", result.reason
        if result.verdict == "supported":
            assert "tasmagambetov-almaty-report-threats" not in [r.id for r in result.evidence], result.reason


def test_hold_is_light_before_its_noun_and_the_act_itself_without_one(checker):
    # "holds a doctorate", "held a meeting": the noun says what; "was held in" is the act
    assert checker.check("Kirill Babaev holds a doctorate in philology and is a professor.").verdict == "supported"
    assert (
        checker.check("The Armenian prime minister held a meeting with the NATO Secretary General.").verdict
        == "supported"
    )
    reading = checker.read("Interaction-2023 was held in Belarus.")
    assert "held" in [reading.tokens[i].word for i in reading.content]


def test_a_noun_in_ing_is_related_as_the_noun_it_is(checker):
    # "meeting" is a noun of its own in WordNet ("conference" is a kind of one); its
    # lemma "meet" alone relates it to nothing of the kind
    from cstofacts.check.lexical import match_word

    assert match_word("meet", "meeting", {"conference"}) == ("narrower", "conference")
    assert match_word("meet", "meet", {"conference"}) == ("none", "")
    view = checker.candidates.find(checker.read("A meeting was held in Minsk on March 6, 2023."))[0]
    assert view.record.id == "minsk-meeting-kyrgyz-tajik-tensions-2023"
    assert {"meet", "meeting"} <= view.lemmas


def test_an_opposite_counts_only_where_the_rest_is_the_records_own_words(checker):
    # "improve" against a record whose other words are only loosely related: no refutation
    result = checker.check(
        "Tasmagambetov suggested that relations between the CSTO and NATO could improve in the next few years."
    )
    assert result.verdict != "refuted", result.reason


def test_a_body_named_by_its_countrys_adjective_is_the_countrys(checker):
    # "the Belarusian leadership" is the record's "leadership of the Republic of Belarus"
    result = checker.check(
        "The Belarusian leadership proposed the priority of expanding CSTO capabilities in the information "
        "and analytical sphere."
    )
    assert result.verdict == "supported", result.reason
    assert result.evidence[0].id == "belarus-priority-information-analytical"


def test_a_swapped_country_is_found_in_the_record_of_the_rest_however_low_it_ranks(checker):
    # the record of the act names Belarus, not Kazakhstan, and ranks below records that name
    # Kazakhstan ("the Kazakhstan scenario"); in either order of words, it is a swap
    for claim in (
        "The priority of expanding CSTO capabilities in the information and analytical sphere was proposed "
        "by the leadership of Kazakhstan.",
        "The priority of expanding CSTO capabilities in the information and analytical sphere was proposed "
        "by Kazakhstan's leadership.",
    ):
        result = checker.check(claim)
        assert result.verdict == "refuted", (claim, result.reason)
        assert "Belarus" in result.reason


def test_a_record_ranked_low_for_a_short_act_names_no_swap(checker):
    # "chaired the meeting" is two words: the records that hold them tell of other acts
    assert_verdict(
        checker,
        "Russia's defence minister chaired the meeting of the CSTO Council of Defense Ministers on May 28, 2025.",
        "not-enough-info",
    )


def test_a_plural_title_names_no_one_office_holder(checker):
    # "CSTO heads of state" are several people, not the CSTO's head, its Secretary General
    reading = checker.read("On June 6, 2024, CSTO heads of state gathered in Almaty.")
    assert "Imangali Tasmagambetov" not in {e.name for e in reading.entities}
    assert not reading.speakers


def test_a_word_related_only_to_a_light_verb_is_not_said(checker):
    # "a summit" is no kind of the record's "made (a report)": the summit of 2024 was elsewhere
    from cstofacts.check.lexical import match_word

    assert match_word("summit", "summit", {"make", "report"}) == ("none", "")
    result = checker.check("On June 6, 2024, CSTO heads of state gathered in Almaty for a summit.")
    assert result.verdict != "supported", result.reason


def test_denying_that_denies_the_clause(checker):
    # WordNet puts "deny" below "contradict", an opposite of "affirm"; "admit" is none
    assert checker.read("Tokayev denied that the CSTO has proved its effectiveness.").negated
    assert not checker.read("Tokayev admitted that the CSTO has proved its effectiveness.").negated
    assert_verdict(
        checker, "Tokayev denied that the CSTO has demonstrated its effectiveness as an alliance.", "refuted"
    )


def test_parties_said_to_act_alone_where_the_source_names_another(checker):
    assert_verdict(
        checker, "The Khujand border agreement was signed by Kyrgyzstan and Tajikistan alone.", "refuted", "Uzbekistan"
    )


def test_a_title_after_by_is_the_agents_not_the_persons(checker):
    result = checker.check("BelTA's interview with Tasmagambetov was conducted by the agency's director general.")
    slots = [s["slot"] for record in result.explain["records"] for s in record["slots"]]
    assert "role" not in slots, result.explain["records"]


def test_an_adverb_phrase_the_record_lacks_is_no_part_of_the_claim(checker):
    # "so far", "in line with": WordNet has them as adverbs; they tell how or when
    assert (
        checker.check(
            "Troops are to be equipped with modern weapons in line with decisions of the Collective Security Council."
        ).verdict
        == "supported"
    )
    assert checker.check("Tokayev said the CSTO has so far failed to prove its effectiveness.").verdict == "refuted"


def test_for_certain_is_certainty(checker):
    # "for certain" is a synonym of "certainly" in WordNet: certain where the source says "may"
    reading = checker.read("The balance of power in the South Caucasus will change for certain if Armenia leaves.")
    assert "for certain" in reading.certain


def test_crediting_a_thing_with_an_act_is_the_speakers_view_of_it(checker):
    # WordNet: "credit" is a kind of "attribute"; the one who credits holds the view
    for claim in (
        "Babaev credits the appointment of Tasmagambetov as Secretary General with giving the CSTO's work "
        "a new impetus.",
        "He credits Tasmagambetov's appointment with giving the organization's work new momentum.",
    ):
        reading = checker.read(claim)
        assert "credit" not in {reading.tokens[i].lemma for i in reading.content}, claim
        assert "Imangali Tasmagambetov" not in {e.name for e in reading.speakers}, claim
        assert checker.check(claim).verdict == "supported", claim


def test_speaking_of_a_topic_is_an_act_not_words(checker):
    # "talk", "speak", "discuss" are kinds of communicating in WordNet: the person spoke of
    # it; "criticize" and "praise" are kinds of judging, which the record must state
    assert (
        checker.check(
            "Tasmagambetov spoke about Armenia's suspended participation in an interview with Izvestia."
        ).verdict
        == "supported"
    )
    for judged in ("criticized", "praised"):
        claim = f"Tasmagambetov {judged} Armenia's suspended participation in an interview with Izvestia."
        assert checker.check(claim).verdict != "supported", claim
    # a meeting that discussed is no speaker
    assert not checker.read("A meeting in Minsk discussed proposals for easing tensions.").speakers


def test_a_count_that_points_back_to_the_names_before_it_counts_nothing(checker):
    reading = checker.read("Tasmagambetov visited Kyrgyzstan and Tajikistan, and the two countries' leaders met him.")
    assert not reading.counts
    assert "two" not in {reading.tokens[i].word for i in reading.content}
    # a count of its own stays one ("the six member states" where the sentence names none)
    assert checker.read("The leaders of the six member states defined the strategy.").counts


def test_calling_a_thing_a_name_is_the_speakers_view(checker):
    # "calls 2022 the turning point": named so without an "as"
    assert_verdict(
        checker,
        "Tasmagambetov called a confrontation between Armenia and the CSTO an imminent and extremely topical issue.",
        "refuted",
    )
    # a phrasal verb WordNet has, and a quality, are no naming
    assert (
        checker.check("Tasmagambetov called a confrontation between Armenia and the CSTO inevitable.").verdict
        != "supported"
    )


def test_a_count_with_its_list_after_a_colon_is_compared_on_the_words_before_it(checker):
    # the items are the list's; "four spheres" of the CSTO's work, where the source has three
    assert_verdict(
        checker,
        "The CSTO's work rests on four spheres: foreign policy coordination, military cooperation, "
        "economic integration and cyber defence.",
        "refuted",
    )


def test_making_the_case_that_reports_the_clause(checker):
    reading = checker.read("Tokayev made the case that new tasks await the organization.")
    assert [e.name for e in reading.speakers] == ["Kassym-Jomart Tokayev"]
    assert "case" not in {reading.tokens[i].word for i in reading.content}
    assert checker.check("Tokayev made the case that new tasks await the CSTO.").verdict == "supported"


def test_a_noun_of_the_record_is_no_opposite_of_the_claims_verb(checker):
    # the record's "member states' approaches" (a noun) against "went through" (go)
    result = checker.check(
        "Preventing crises in member states like the one Kazakhstan went through in January 2022 "
        "was one of the priority tasks of the Secretariat's new leadership."
    )
    assert result.verdict != "refuted", result.reason


def test_one_thing_is_any_one_not_a_count_unless_only_one(checker):
    # "One task for the new leadership was ..." is one of them; "only one task" counts
    assert not checker.read("One task for the new Secretariat leadership was to prevent crises.").counts
    assert checker.read("Only one task faced the new Secretariat leadership.").counts
    assert_verdict(
        checker,
        "One task for the new Secretariat leadership was preventing crises in member states "
        "like the Kazakhstan scenario of January 2022.",
        "supported",
    )


def test_a_year_after_until_bounds_a_period_not_the_acts_date(checker):
    # the plan runs to 2030; it was approved on 28 May 2025
    result = checker.check("The plan for military cooperation until 2030 was approved by the defence ministers.")
    assert result.verdict == "supported", result.reason
    result = checker.check("The plan for military cooperation until 2032 was approved by the defence ministers.")
    assert result.verdict != "supported", result.reason
    result = checker.check(
        "The plan for military cooperation, running from 2026 through 2030, was approved by the defence ministers."
    )
    assert result.verdict != "refuted", result.reason


def test_a_list_of_as_many_items_as_the_sources_counted_list_is_the_whole_list(checker):
    # the source: three spheres (foreign policy, military cooperation, transnational threats)
    result = checker.check(
        "The article gives the CSTO's spheres of activity as foreign policy coordination, economic integration "
        "and joint counteraction to transnational threats."
    )
    assert result.verdict == "refuted", result.reason
    # a rating and its aside are no list
    result = checker.check("He rated the readiness to respond to threats as high, though more work is needed.")
    assert result.verdict != "refuted", result.reason


def test_an_adverb_phrase_a_copula_says_is_the_claims_point(checker):
    # "was already under way" is what the claim says of the confrontation, not how or when
    reading = checker.read("Tasmagambetov said a confrontation between Armenia and the CSTO was already under way.")
    assert not reading.manner
    result = checker.check("Tasmagambetov said a confrontation between Armenia and the CSTO was already under way.")
    assert result.verdict != "supported", result.reason
