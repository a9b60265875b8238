"""Mechanisms that the misses of blind set Y showed, each asserted on claims of our
own written like the ones that showed them. The sets themselves are reported in
tests/blind/, never asserted."""

from __future__ import annotations

from tests.check.verdicts import assert_verdict


def _view(checker, record_id):
    position = next(i for i in range(checker.index.size) if checker.index.record(i).id == record_id)
    return checker.candidates.view(position)


def test_a_report_of_one_persons_interview_tells_that_persons_view_in_its_own_voice(checker):
    # BelTA's report of Tasmagambetov's interview says in its own voice that NATO's
    # actions are monitored: a claim that he said they no longer are is refuted
    assert_verdict(checker, "Tasmagambetov said the CSTO has ceased monitoring NATO's actions.", "refuted")
    assert _view(checker, "nato-actions-monitored-by-csto").source_voice == "Imangali Tasmagambetov"
    # TASS reports Tokayev's remarks "with earlier remarks by Sergei Aleynik": no one voice
    assert _view(checker, "tokayev-remarks-reported-by-tass").source_voice == ""


def test_year_beside_a_year_date_is_the_dates_unit_not_content(checker):
    reading = checker.read("Babaev calls 2022 a watershed year for several political processes.")
    assert "year" not in {reading.tokens[i].lemma for i in reading.content}
    reading = checker.read("The summit was the main event of the year.")  # no date: "year" is what is said
    assert "year" in {reading.tokens[i].lemma for i in reading.content}
    assert_verdict(
        checker, "Babaev calls 2022 a watershed year for several international political processes.", "supported"
    )


def test_a_claims_broader_word_reaches_a_record_word_filed_under_it_in_a_rarer_sense(checker):
    from cstofacts.check.lexical import match_word

    # WordNet files "cooperate" under "work" (a verb of social life), a sense the lexicon's
    # narrower words of "work" leave out
    assert match_word("work", "works", {"cooperate"}) == ("narrower", "cooperate")
    assert match_word("set", "set", {"space"}) == ("none", "")  # no class shared: a sense apart
    assert_verdict(
        checker,
        "According to the Secretary General, the CSTO works closely with the CIS, the SCO and the United Nations.",
        "supported",
    )


def test_the_order_two_peoples_acts_are_put_in_is_read_whichever_way_it_is_written(checker):
    aleynik, tokayev = "Sergei Aleynik", "Kassym-Jomart Tokayev"
    for text, first in (
        ("Aleynik's remarks came before Tokayev's appeal.", aleynik),
        ("Before Tokayev spoke, Aleynik had stressed unity.", aleynik),
        ("Aleynik stressed unity only after Tokayev had spoken.", tokayev),
        ("Aleynik's statement preceded Tokayev's remarks.", aleynik),
        ("Tokayev's remarks followed Aleynik's statement.", aleynik),
        ("Aleynik's statement was followed by Tokayev's remarks.", aleynik),
        ("Aleynik said after Tokayev's speech that unity matters most.", tokayev),
    ):
        order = checker.read(text).order
        assert order is not None and order.first == first, (text, order)
    assert checker.read("Aleynik later followed up by stressing unity.").order is None  # one person
    # the other's act is the point in time, as a date is: no words of content
    reading = checker.read("Aleynik said after Tokayev's speech that unity matters most.")
    assert "speech" not in {reading.tokens[i].word for i in reading.content}
    assert "unity" in {reading.tokens[i].word for i in reading.content}


def test_a_record_that_tells_its_speaker_spoke_earlier_decides_the_order(checker):
    # TASS reports Tokayev's remarks; "Earlier, Sergei Aleynik ... stressed that ..."
    assert_verdict(checker, "Aleynik's statement on unity preceded Tokayev's remarks.", "supported")
    assert_verdict(checker, "Aleynik stressed CSTO unity only after Tokayev had spoken.", "refuted")
    assert checker.check("Aleynik made his remarks on CSTO unity one day before Tokayev spoke.").verdict != "supported"


def test_an_assessment_of_the_csto_s_record_is_babaevs_analysis_of_its_results(checker):
    assert_verdict(
        checker, "Babaev's assessment of the CSTO's record appeared on the 'Allies. CSTO' portal.", "supported"
    )


def test_look_as_if_says_what_seems_and_is_no_condition(checker):
    reading = checker.read("Such rhetoric could make the alliance look as if it trembles before its adversaries.")
    assert not reading.conditional  # "as if" is a likeness, not an "if"
    assert "look" not in {reading.tokens[i].lemma for i in reading.content}  # as "seem" says it
    assert_verdict(
        checker, "Tokayev warned that such rhetoric could make it look as though the CSTO trembles.", "supported"
    )
    # the source says "can create the impression": made certain, it is refuted
    assert_verdict(
        checker, "Tokayev said such rhetoric will inevitably make the CSTO look as if it trembles.", "refuted"
    )


def test_praise_and_blame_of_the_same_thing_are_opposite_qualities(checker):
    from cstofacts import lexicon

    # VADER's scores, distilled into data/lexicon/polarity.tsv
    assert lexicon.polarity("excellent") > 0 > lexicon.polarity("strained")
    assert lexicon.polarity("relations") == 0.0
    # the source: Mirzoyan "said that he had excellent relations with ... Tasmagambetov"
    for text in (
        "Mirzoyan told Sputnik Armenia that his relations with the Secretary General were tense.",
        "Armenia's foreign minister described his relations with Tasmagambetov as strained.",
    ):
        result = checker.check(text)
        assert result.verdict == "refuted", (text, result.reason)
    # a quality of another thing is no opposite: "strained" of a budget, not of relations
    assert checker.check("Mirzoyan said the CSTO budget was strained.").verdict != "refuted"


def test_words_given_to_an_outlet_name_it_as_the_outlet(checker):
    reading = checker.read("Tasmagambetov gave an exclusive comment on the talks to Sputnik Armenia.")
    assert [e.name for e in reading.outlets] == ["Sputnik Armenia"]
    # the page's opening item: "an exclusive commentary to Cronos.Asia"
    assert_verdict(
        checker,
        "Tasmagambetov gave an exclusive comment on the negotiations to Sputnik Armenia.",
        "refuted",
        "Cronos.Asia",
    )


def test_one_who_heads_an_institute_is_its_director_and_heads_names_no_office_holder(checker):
    assert_verdict(checker, "Kirill Babaev heads the Institute of China and Modern Asia.", "supported")
    # "heads" is a verb: "Russian" beside it is no "director of the ... Russian Academy"
    reading = checker.read("Sergei Aleynik heads the Russian Ministry of Foreign Affairs.")
    assert "Kirill Babaev" not in {m.entity.name for m in reading.mentions}


def test_a_doctorate_is_in_one_field(checker):
    from cstofacts.check.compare.degrees import field_of_degree

    assert field_of_degree(checker.read("Babaev, a Doctor of Historical Sciences, spoke.").tokens) == "historical"
    assert field_of_degree(checker.read("He holds a doctorate in philology.").tokens) == "philology"
    assert field_of_degree(checker.read("She is a Doctor of Sciences.").tokens) == ""
    # the source: "a Doctor of Philological Sciences and a professor"
    assert_verdict(checker, "Kirill Babaev, a Doctor of Economic Sciences, reviewed the CSTO's work.", "refuted")
    assert_verdict(checker, "Kirill Babaev holds a doctorate in philology.", "supported")


def test_obligations_honoured_are_maintained_and_an_organisations_officer_speaks_for_it(checker):
    # Izvestia's summary: "the organization fully maintains its obligations" to Armenia
    assert_verdict(checker, "Tasmagambetov said the CSTO had stopped honouring its obligations to Armenia.", "refuted")
    assert_verdict(checker, "Tasmagambetov said the CSTO still fully honours its commitments to Armenia.", "supported")
    reading = checker.read("According to the CSTO Secretary General, Armenia may leave.")
    assert [e.name for e in reading.speakers] == ["Imangali Tasmagambetov"]  # not the CSTO


def test_the_only_one_where_the_source_names_others_of_its_kind_beside_it(checker):
    # the source: armed power "was formerly seen as the key instrument ..., but ... in current
    # conditions other forms, methods and means ... are becoming more important"
    assert_verdict(
        checker,
        "The article says armed power is the sole instrument that counts for national security.",
        "refuted",
        "other forms",
    )
    # "today" repeats the source's "in current conditions": no date to count from
    assert_verdict(
        checker,
        "The article says armed power is the sole instrument that counts for national security today.",
        "refuted",
    )


def test_scaled_back_is_no_intensifying_and_refusing_to_accept_denies_approval(checker):
    # the source: "immediately after his appointment, the new CSTO Secretary General intensified efforts"
    assert_verdict(
        checker,
        "Soon after his appointment, the new Secretary General scaled back efforts to normalize the situation on the Kyrgyz-Tajik border.",
        "refuted",
    )
    # the source: "the Kyrgyz and Tajik leaders' approval ... of its mediating role"
    assert_verdict(
        checker, "The leaders of Tajikistan and Kyrgyzstan refused to accept the CSTO as mediator.", "refuted"
    )


def test_a_verb_reaches_the_noun_of_the_act_of_its_synonym(checker):
    from cstofacts.check.lexical import match_word

    assert match_word("accept", "accepted", {"approval"}) == ("derived", "approval")  # approve -> approval
    assert match_word("assure", "assure", {"security"}) != ("derived", "security")  # a state, not an act
    assert_verdict(checker, "The Kyrgyz and Tajik leaders refused to accept the CSTO as a mediator.", "refuted")


def test_a_mentality_the_source_moves_away_from_is_not_one_strengthened(checker):
    # the source: "inclined to move away from the bloc mentality"
    assert_verdict(
        checker, "Tasmagambetov said the CSTO's members are inclined to strengthen the bloc mentality.", "refuted"
    )
    assert_verdict(
        checker, "Tasmagambetov said the CSTO's members are inclined to move away from the bloc mentality.", "supported"
    )


def test_work_the_source_says_is_required_is_not_yet_done(checker):
    # the source: "additional efforts ... are required to develop measures to neutralize hybrid threats"
    assert_verdict(
        checker,
        "Tasmagambetov said the CSTO's measures to neutralize hybrid threats are already fully developed.",
        "refuted",
    )
