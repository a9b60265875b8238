"""Mechanisms that the misses of the sweep over every blind set showed in the
nineteenth session, each asserted on claims of our own written like the ones
that showed them. The sets themselves are reported in tests/blind/, never
asserted."""

from __future__ import annotations

import json

from cstofacts.sentences import paragraph_sentences
from tests.check.verdicts import assert_verdict


def test_a_name_with_a_stop_inside_is_not_cut_in_two():
    line = "Writing on the Allies. CSTO portal, Babaev looks back. He sees gains."
    cut = [line[a:b] for a, b in paragraph_sentences(line, ["Allies. CSTO"])]
    assert cut == ["Writing on the Allies. CSTO portal, Babaev looks back.", "He sees gains."]
    # a stop right after the name still ends its sentence
    line = "It appeared on the portal Allies. CSTO. Babaev wrote it."
    cut = [line[a:b] for a, b in paragraph_sentences(line, ["Allies. CSTO"])]
    assert cut == ["It appeared on the portal Allies. CSTO.", "Babaev wrote it."]


def test_check_file_reads_a_draft_naming_the_portal_without_quotation_marks(invoke, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(
        "# The CSTO\n\nWriting for the Allies. CSTO portal, Kirill Babaev argues that 2022 was a turning"
        " point for security in the post-Soviet space.\n",
        encoding="utf-8",
    )
    results = json.loads(invoke("check", "--file", str(draft), "-f", "json").stdout)
    assert [r["verdict"] for r in results] == ["supported"]
    assert results[0]["claim"].startswith("Writing for the Allies. CSTO portal")


def test_an_outlet_named_before_a_word_for_a_text_is_where_the_words_appeared(checker):
    assert_verdict(
        checker,
        "The sharpening confrontation between Russia and the West increased pressure on Moscow and its"
        " closest allies, according to the Allies. CSTO article.",
        "supported",
        "outlet matches Allies. CSTO",
    )
    assert_verdict(checker, "Babaev's analysis was published by the Izvestia newspaper.", "refuted", "Allies. CSTO")
    # the outlet as the subject: what the claim says of it is no attribution
    assert_verdict(checker, "The Allies. CSTO portal is run by the CSTO Secretariat.", "not-enough-info")


def test_an_unknown_name_with_the_title_of_the_one_who_said_it_is_refuted(checker):
    # "Sergei Aleynik, head of the Belarusian Ministry of Foreign Affairs, stated that ..."
    assert_verdict(
        checker,
        "Belarusian foreign minister Maxim Ryzhenkov said that solidarity and unity among members is the"
        " CSTO's chief objective.",
        "refuted",
        "Sergei Aleynik, not Maxim Ryzhenkov",
    )
    assert_verdict(
        checker,
        "In the BelTA interview, CSTO Secretary General Stanislav Zas said the organization is no counterweight"
        " to NATO.",
        "refuted",
        "Imangali Tasmagambetov, not Stanislav Zas",
    )
    # met someone with the title: maybe at another meeting, another year
    assert_verdict(checker, "Pashinyan met NATO Secretary General Mark Rutte.", "not-enough-info")


def test_a_title_word_before_a_noun_is_an_adjective_and_a_group_no_office(checker):
    # "the CSTO's chief objective" names no chief of the CSTO
    reading = checker.read("Unity is the CSTO's chief objective.")
    assert [m.entity.name for m in reading.mentions] == ["CSTO"]
    # "general staff" is a body, not the Secretary General's office
    assert_verdict(
        checker, "According to the report, the chiefs of general staff take part in CSTO meetings.", "not-enough-info"
    )


def test_a_title_word_before_another_title_names_that_office(checker):
    # "chief editor": an editor, not the CSTO's chief (the Secretary General)
    assert_verdict(checker, "Tatyana Arestova is the chief editor of the 'Allies. CSTO' portal.", "not-enough-info")


def test_a_title_that_opens_the_sentence_is_the_named_persons_not_the_clauses(checker):
    # "Armenian Prime Minister Nikol Pashinyan, at a recent meeting with NATO Secretary General Jens Stoltenberg"
    assert_verdict(
        checker, "The Armenian prime minister who met the NATO Secretary General was Nikol Pashinyan.", "supported"
    )
    assert_verdict(
        checker,
        "The Armenian prime minister who met the NATO Secretary General was Jens Stoltenberg.",
        "refuted",
        "Armenian prime minister is Nikol Pashinyan, not Jens Stoltenberg",
    )
    assert_verdict(
        checker,
        "The NATO Secretary General who met the Armenian prime minister was Nikol Pashinyan.",
        "refuted",
        "Jens Stoltenberg, not Nikol Pashinyan",
    )


def test_a_count_of_a_list_is_compared_by_its_items_whatever_it_calls_them(checker):
    # "three complementary spheres ...: foreign policy coordination, military cooperation, and
    # joint counteraction to transnational challenges and threats"
    assert_verdict(
        checker,
        "The three pillars of CSTO activity are foreign-policy coordination, military cooperation and economic"
        " integration.",
        "refuted",
        "not economic integration",
    )
    # a list of three that holds every item of one source list is not refuted by another list of three
    verdict = checker.check(
        "The CSTO's work rests on three mutually reinforcing areas: coordinating foreign policy, military"
        " cooperation and jointly countering transnational threats."
    )
    assert verdict.verdict != "refuted", verdict.reason


def test_one_used_as_a_is_no_count_the_record_must_give(checker):
    # "... the CSTO has demonstrated that it is an influential and capable organization"
    assert_verdict(
        checker,
        "According to one programmatic article, the organization has proved over thirty years that it is"
        " influential and capable.",
        "supported",
    )
    # a count of one the record gives otherwise still conflicts
    assert_verdict(checker, "As a result of the CSTO summit, one document was signed.", "refuted", "15")


def test_what_a_review_of_the_sessions_change_found(checker):
    # an outlet in a denied clause is what is denied, not where the words appeared
    assert_verdict(checker, "Babaev did not write for the Allies. CSTO portal.", "refuted")
    assert_verdict(checker, "Babaev did not write for the BelTA website.", "not-enough-info")
    # words no record gives the title's holder are not refuted by who holds the title
    assert_verdict(
        checker,
        "Belarusian foreign minister Maxim Ryzhenkov said the CSTO would hold exercises in Belarus in 2026.",
        "not-enough-info",
    )
    # an item that shares only a qualifying word with the source's item is another
    assert_verdict(
        checker,
        "The CSTO's activity is based in three spheres: foreign policy coordination, military cooperation and"
        " joint exercises.",
        "refuted",
        "not joint exercises",
    )


def test_a_thing_said_to_be_on_another_subject_is_another_thing(checker):
    # "Cooperation with the UN on peacekeeping and counter-terrorism was discussed at a
    # Security Council meeting on 19 July 2024"
    assert_verdict(
        checker,
        "The Security Council meeting of July 19, 2024 discussed cooperation with the UN on climate change.",
        "refuted",
        "cooperation on peacekeeping and counter-terrorism, not on climate change",
    )
    assert_verdict(
        checker,
        "The Security Council meeting of July 19, 2024 discussed cooperation with the UN on peacekeeping.",
        "supported",
    )
    # an act in other words may be the record's own
    assert_verdict(
        checker, "In November 2024 the UN General Assembly passed a resolution on working with the CSTO.", "supported"
    )


def test_a_title_of_the_author_in_an_aside_is_no_other_author(checker):
    assert_verdict(
        checker,
        "Babaev, a professor and Doctor of Philological Sciences, wrote the review of the CSTO's 2023-2025 work.",
        "supported",
    )


def test_an_opening_frame_of_thought_or_telling_is_whose_words_not_content(checker):
    # "In his reading," (WordNet: a noun of cognition or communication) frames the words
    reading = checker.read("In his reading, 2022 was a turning point for security in the post-Soviet space.")
    assert "read" not in {reading.lemma_at(i) for i in reading.content}
    # a noun of thought inside the sentence is content: "the CSTO's focus was on ..."
    reading = checker.read("In 2024 the CSTO's focus was on ties with international organizations.")
    assert "focus" in {reading.lemma_at(i) for i in reading.content}


def test_a_rank_among_a_set_the_record_does_not_rank_is_not_borne_out(checker):
    # "The "Interaction-2023" exercise was one of the five maneuvers of "Combat Brotherhood - 2023""
    assert_verdict(
        checker, "Interaction-2023 was the first of the five Combat Brotherhood 2023 maneuvers.", "not-enough-info"
    )
    # a day of a month is no rank
    assert_verdict(
        checker,
        "The 30th anniversary of the Collective Security Treaty's entry into force was celebrated on the"
        " twentieth of April.",
        "supported",
    )


def test_an_anniversary_of_another_occasion_is_another_anniversary(checker):
    # "on 20 April we celebrated the 30th anniversary of the entry into force of the Collective Security Treaty"
    assert_verdict(
        checker,
        "On 20 April the CSTO marked the anniversary of the signing of the Collective Security Treaty.",
        "refuted",
        "anniversary of the entry into force, not of the signing",
    )
    assert_verdict(
        checker,
        "On 20 April the CSTO marked the 30th anniversary of the entry into force of the Collective Security Treaty.",
        "supported",
    )


def test_what_tops_a_list_named_at_some_length_is_ranked_first(checker):
    # biological safety is the sixth of the article's key areas
    assert_verdict(checker, "Biological safety tops the CSTO article's list of priority areas.", "refuted", "sixth")


def test_a_role_conflicts_reason_names_the_title_not_the_name_or_former(checker):
    verdict = checker.check(
        "Former CSTO Secretary General Stanislav Zas said the organization fully maintained its obligations to Yerevan."
    )
    assert "the source's CSTO Secretary General is Imangali Tasmagambetov, not Stanislav Zas" in verdict.reason


def test_the_academy_is_named_by_its_english_abbreviation_too(checker):
    # "Kirill Babaev, the director of the Institute of China and Modern Asia of the Russian Academy of Sciences"
    assert_verdict(checker, "Kirill Babaev heads the RAS Institute of China and Modern Asia.", "supported")


def test_a_title_with_general_after_its_noun_is_one_title(checker):
    # "director general" is no "general" of the records' "Secretary General"
    reading = checker.read("The interview was conducted by the agency's director general.")
    assert "director general" in {reading.lemma_at(i) for i in reading.content}
    assert_verdict(
        checker,
        "BelTA's interview with Tasmagambetov was conducted by the agency's director general.",
        "not-enough-info",
    )
