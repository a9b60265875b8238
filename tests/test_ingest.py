"""The extractor behind `ingest`, stage by stage, on small articles of our own: quotes and
their speakers, what is not a quote, reported speech, dates, counts and names."""

from __future__ import annotations

import pytest

from cstofacts.ingest.proposals import propose
from cstofacts.ingest.reading import article_text
from cstofacts.models import Entity, Source

LAVROV = Entity("Sergei Lavrov", "person", ("Lavrov",), "Russian Foreign Minister")
KNOWN = [LAVROV, Entity("CSTO", "organisation", ("Collective Security Treaty Organization",)), Entity("Minsk", "place")]
INTRO = "Russian Foreign Minister Sergei Lavrov arrived in Minsk for talks.\n\n"


def candidates(text: str, entities=KNOWN, **source):
    return propose(text, Source("s", "Title", origin="user", text=text, **source), entities)


def quotes(text: str, entities=KNOWN, **source) -> list[tuple[str, str | None]]:
    return [(c.text, c.speaker) for c in candidates(text, entities, **source) if c.kind == "quote"]


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        # curly, straight and angle quotes, the speaker after or before them
        (INTRO + "“We are not preparing for war,” Lavrov said.", [("We are not preparing for war", "Sergei Lavrov")]),
        (INTRO + '"We are not preparing for war," said Lavrov.', [("We are not preparing for war", "Sergei Lavrov")]),
        (INTRO + "Lavrov told TASS: «Our forces exist to deter.»", [("Our forces exist to deter.", "Sergei Lavrov")]),
        # a new person, named with an office, then by surname
        (
            "Kazakh Foreign Minister Murat Nurtleu spoke after the talks. “The region needs calm,” Nurtleu said.",
            [("The region needs calm", "Murat Nurtleu")],
        ),
        # split around "he said": one quote, the parts joined by an elision
        (
            INTRO + "“We will not accept pressure,” he said, “from any side.”",
            [("We will not accept pressure ... from any side.", "Sergei Lavrov")],
        ),
        # a quote over two sentences
        (
            INTRO + "“Our forces exist to deter. They will never attack,” Lavrov said.",
            [("Our forces exist to deter. They will never attack", "Sergei Lavrov")],
        ),
        # "he added", the speaker named sentences before
        (
            INTRO + "Lavrov spoke to reporters. The talks lasted an hour. “The alliance is strong,” he added.",
            [("The alliance is strong", "Sergei Lavrov")],
        ),
        # a quotation going on in a paragraph of its own
        (
            INTRO + "“We came to listen,” Lavrov said.\n\n“And we will keep listening to every member.”",
            [("We came to listen", "Sergei Lavrov"), ("And we will keep listening to every member.", "Sergei Lavrov")],
        ),
        # a partial quote of the subject's words
        (
            INTRO + "Lavrov called the talks “frank, open and genuinely useful for everyone”.",
            [("frank, open and genuinely useful for everyone", "Sergei Lavrov")],
        ),
        # "the minister": the person last named with that office
        (INTRO + "“We are ready to help,” the foreign minister said.", [("We are ready to help", "Sergei Lavrov")]),
        (INTRO + "“The alliance is ready,” according to Lavrov.", [("The alliance is ready", "Sergei Lavrov")]),
        # a body speaks too; a short quote is one when it is said
        (
            INTRO + "“We regret the decision,” the Russian Foreign Ministry said in a statement.",
            [("We regret the decision", "Russian Foreign Ministry")],
        ),
        # introduced by the sentence before, in a paragraph of its own
        (
            INTRO + "Lavrov was blunt:\n\n“No one will dictate to us. We decide for ourselves.”",
            [("No one will dictate to us. We decide for ourselves.", "Sergei Lavrov")],
        ),
    ],
)
def test_every_direct_quote_is_found_with_its_speaker(article, expected):
    assert quotes(article) == expected


@pytest.mark.parametrize(
    "article",
    [
        INTRO + "Troops took part in the exercise “Rock-2023” near Brest.",
        INTRO + 'Five manoeuvres were held as part of the "Combat Brotherhood – 2023" exercise.',
        INTRO + "He was awarded the “Dostuk” order for his work.",
        INTRO + 'The newspaper "Izvestia" published the interview on Monday.',
        INTRO + 'The plan, titled "Security Horizon 2030", was approved.',
        INTRO + "The ministers signed the document “On the Joint Press Center of the Organization”.",
        INTRO + "Numerous «dormant» conflicts migrate to the «hot» phase.",
        INTRO + 'The ministers discussed the so-called "peacekeeping surge" at length.',
        INTRO + "An article was published on the portal “Allies. CSTO,” last week.",
        INTRO + "The talks touched on the “Strategy of Collective Security until 2025” adopted earlier.",
    ],
)
def test_titles_names_and_scare_quotes_are_never_quotes(article):
    assert quotes(article) == []


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        # a title and ranks before the name, read back from its end
        (
            "“The ranges are ready,” said Kazakh Deputy Defence Minister Major General Daulet Ospanov.",
            [("The ranges are ready", "Daulet Ospanov")],
        ),
        (
            "“The plan is dense,” Chief of the CSTO Joint Staff Colonel General Viktor Lagutin told reporters.",
            [("The plan is dense", "Viktor Lagutin")],
        ),
        # a first name the lexicon knows for a person ("victor") right before the surname
        ("“We will stay,” said President Victor Yanukovych.", [("We will stay", "Victor Yanukovych")]),
        # a role written before the name in lower case; the surname later, "according to"
        (
            "Moscow political scientist Irina Belova wrote an article. According to Belova, “the alliance survived.”",
            [("the alliance survived.", "Irina Belova")],
        ),
        # an aside between the name and the verb, and a name in commas after its role
        (
            "Abdul Wahid Haqyar, a spokesman for the ministry, quoted by Asia-Plus, called it “an internal matter”.",
            [("an internal matter", "Abdul Wahid Haqyar")],
        ),
        (
            "“Everything is ready,” said the head of the CSTO Joint Staff, Colonel General Andrei Serdyukov.",
            [("Everything is ready", "Andrei Serdyukov")],
        ),
        # "the general": the person last named with that rank, not the last one named
        (
            "Colonel General Viktor Lagutin and Lieutenant General Almazbek Sydykov met. “We agree,” Lagutin said. "
            "According to the general, “the drills will go ahead.”",
            [("We agree", "Viktor Lagutin"), ("the drills will go ahead.", "Viktor Lagutin")],
        ),
        # "the Russian leader": the person named with that nationality
        (
            "Russian President Vladimir Putin spoke later. “Armenia is our ally,” the Russian leader said.",
            [("Armenia is our ally", "Vladimir Putin")],
        ),
        # "she": the woman named last, not the man named after her
        (
            "Analyst Olga Petrova spoke first. Then Kremlin spokesman Dmitry Peskov spoke. “Nothing changes,” she said.",
            [("Nothing changes", "Olga Petrova")],
        ),
        # a short phrase of someone's named is a quote; a word alone stays at a distance
        (
            "Tajik analyst Farrukh Sharipov said the deal was “purely technical”. He called it a “success”.",
            [("purely technical", "Farrukh Sharipov")],
        ),
        (
            "Belarusian Foreign Minister Pavel Sidorenko spoke. In his words, the states face a “war of narratives”.",
            [("war of narratives", "Pavel Sidorenko")],
        ),
        # "was quoted as saying"; a headline's label with a title
        ("“The world is changing,” Lukashenko was quoted as saying.", [("The world is changing", "Lukashenko")]),
        (
            'CSTO Deputy Secretary General Nurlan Zhaksybekov: "The door is open"\n\nThe interview follows.',
            [("The door is open", "Nurlan Zhaksybekov")],
        ),
    ],
)
def test_speakers_named_with_titles_asides_offices_and_pronouns(article, expected):
    assert quotes(article) == expected


def test_a_speaker_named_by_role_alone_is_that_role_or_the_person_named_so_later():
    named_later = (
        "Armenia will not pay, a spokeswoman for the Armenian Foreign Ministry told reporters.\n\n"
        "“Our position is clear,” she said.\n\n"
        "The spokeswoman, Lilit Harutyunyan, said the question was “purely technical”."
    )
    assert quotes(named_later) == [
        ("Our position is clear", "Lilit Harutyunyan"),
        ("purely technical", "Lilit Harutyunyan"),
    ]
    never_named = INTRO + "“We regret the decision,” a spokesman for the CSTO Secretariat said."
    assert quotes(never_named) == [("We regret the decision", "spokesman for the CSTO Secretariat")]
    # many people: their words are a quote, a short phrase of theirs is not
    assert quotes(INTRO + "“Nothing will change,” officials in Yerevan said.") == [
        ("Nothing will change", "officials in Yerevan")
    ]
    assert quotes(INTRO + "Critics called it a “paper alliance” from the start.") == []


def test_no_speaker_is_carried_into_a_paragraph_that_names_someone_else_or_names_no_one():
    article = (
        INTRO + "“We came to listen,” Lavrov said.\n\n"
        "Armenian Foreign Minister Ararat Mirzoyan was in Minsk too. “The talks were useful.”\n\n"
        "A note circulated among diplomats stated: “Any delay will be discussed by the heads of state.”"
    )
    assert quotes(article) == [
        ("We came to listen", "Sergei Lavrov"),
        ("The talks were useful.", None),
        ("Any delay will be discussed by the heads of state.", None),
    ]


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        (
            "In an interview with the Kazakh news agency Kazinform, Nurlan Zhaksybekov spoke about the year.",
            "Kazinform",
        ),
        ("Nurlan Zhaksybekov spoke to a correspondent of the Minsk-based newspaper Zvyazda.", "Zvyazda"),
    ],
)
def test_an_interviews_questions_go_to_the_outlet_the_lead_names_not_a_nationality(lead, outlet):
    article = (
        f"{lead}\n\n— Is the alliance in danger?\n\n— No. It is as strong as ever.\n\n"
        "— Will Armenia leave?\n\n— That is Armenia's sovereign choice."
    )
    assert [speaker for _, speaker in quotes(article)] == [outlet, "Nurlan Zhaksybekov"] * 2


def test_an_interviews_answers_are_the_interviewees_and_its_questions_the_outlets():
    article = (
        "Lavrov: the alliance will hold\n\n"
        "Sergei Lavrov said in an interview with the newspaper Izvestia that the alliance was sound.\n\n"
        "— Is the alliance in danger?\n\n"
        "— No. The alliance is as strong as it has ever been.\n\n"
        "Its members know what they owe each other.\n\n"
        "— Will Armenia leave?\n\n"
        "— That is Armenia's sovereign choice."
    )
    assert quotes(article) == [
        ("Is the alliance in danger?", "Izvestia"),
        ("No. The alliance is as strong as it has ever been.", "Sergei Lavrov"),
        ("Its members know what they owe each other.", "Sergei Lavrov"),
        ("Will Armenia leave?", "Izvestia"),
        ("That is Armenia's sovereign choice.", "Sergei Lavrov"),
    ]


@pytest.mark.parametrize(
    ("asked", "answered"),
    [("Q: ", "A: "), ("Question: ", "Answer: "), ("Izvestia: ", "Lavrov: ")],
)
def test_interviews_marked_by_labels_or_names(asked, answered):
    article = (
        INTRO
        + f"{asked}Is the alliance in danger?\n\n{answered}No, it is not in any danger at all.\n\n"
        + f"{asked}Will it grow?\n\n{answered}It is open to those who share its goals."
    )
    found = quotes(article, outlet="Izvestia")
    assert found == [
        ("Is the alliance in danger?", "Izvestia"),
        ("No, it is not in any danger at all.", "Sergei Lavrov"),
        ("Will it grow?", "Izvestia"),
        ("It is open to those who share its goals.", "Sergei Lavrov"),
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Lavrov stressed that the alliance would keep its commitments.", "Sergei Lavrov"),
        ("According to Lavrov, the ministers agreed to meet again.", "Sergei Lavrov"),
        ("Even if danger persists, he argued, there is no reason for panic.", "Sergei Lavrov"),
    ],
)
def test_reported_speech_is_a_fact_with_its_speaker(sentence, speaker):
    found = candidates(INTRO + sentence)
    assert [(c.kind, c.speaker) for c in found if c.speaker] == [("fact", speaker)]


def test_a_sentence_that_only_mentions_someone_is_not_reported_speech():
    found = candidates(INTRO + "Across these talks, the CSTO maintains its emphasis on lawful behaviour.")
    assert [c for c in found if c.speaker] == []


def dated(text: str, **source) -> list[tuple[str | None, str | None, bool]]:
    return [(c.date, c.date_end, c.date_implied) for c in candidates(text, **source) if c.date]


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        ("On March 6, 2023, a meeting was held in Minsk.", [("2023-03-06", None, False)]),
        ("The exercise took place in September 2023 in Belarus.", [("2023-09", None, False)]),
        ("In 2024, the focus was on the United Nations.", [("2024", None, False)]),
        ("The exercise ran in September-October 2022 in Kazakhstan.", [("2022-09", "2022-10", False)]),
        ("Consultations held in 2024-2025 led to an agreement.", [("2024", "2025", False)]),
        ("The drills ran from 2 to 9 September 2025.", [("2025-09-02", "2025-09-09", False)]),
        ("The drills ran from May 6 to May 8, 2025.", [("2025-05-06", "2025-05-08", False)]),
        ("The base was built in mid-2024.", [("2024", None, False)]),
        # a year carried from earlier in the paragraph is marked implied
        (
            "The council met on July 19, 2024. On November 18, the Assembly adopted a resolution.",
            [("2024-07-19", None, False), ("2024-11-18", None, True)],
        ),
        (
            "In 2025 the plan was drafted. In March, the ministers approved it.",
            [("2025", None, False), ("2025-03", None, True)],
        ),
        # a period a plan covers is not when it was done
        (
            "On May 28, 2025, a plan for 2026-2030 was approved.",
            [("2025-05-28", None, False)],
        ),
        # a bound, a decade, a year in a title: no event
        ("The treaty has been in force since 1994.", []),
        ("Such tensions were unknown in the 1990s.", []),
        ('The plan, titled "Security Horizon 2030", was published.', []),
    ],
)
def test_dated_events_at_the_precision_the_text_gives(article, expected):
    assert dated(article) == expected


def test_a_plans_period_is_kept_apart_from_its_date():
    found = [c for c in candidates("On May 28, 2025, a plan for 2026-2030 was approved.") if c.date]
    assert [(c.date, c.period) for c in found] == [("2025-05-28", "2026/2030")]


def test_a_day_without_a_year_in_the_paragraph_takes_the_articles_year_else_none():
    assert dated("On 20 April the treaty was celebrated.", date="2024-06-01") == [("2024-04-20", None, True)]
    assert dated("On 20 April the treaty was celebrated.") == []


def test_counts_are_facts_with_the_count_highlighted():
    text = "As a result of the summit, 15 documents were signed."
    found = [c for c in candidates(text) if c.found_by == "number"]
    assert [(c.kind, text[c.highlight[0] : c.highlight[1]]) for c in found] == [("fact", "15 documents")]


def test_known_entities_by_name_or_alias_and_new_names_as_proposals():
    (found,) = candidates(INTRO + "On 14 May 2025 Lavrov met Wang Yi in Minsk to discuss the CSTO.")
    assert found.entities == ["Sergei Lavrov", "Minsk", "CSTO"]
    assert found.proposed == ["Wang Yi"]


def test_every_candidates_evidence_is_whole_sentences_holding_its_highlight():
    from cstofacts.sentences import is_whole_sentences

    text = INTRO + "“We will not accept pressure,” he said, “from any side.” On 14 May 2025 the talks ended."
    for candidate in candidates(text):
        assert is_whole_sentences(text, candidate.start, candidate.end)
        if candidate.highlight:
            assert candidate.start <= candidate.highlight[0] < candidate.highlight[1] <= candidate.end


@pytest.mark.parametrize(
    ("raw", "name", "expected"),
    [
        (
            b"Title\n\nFirst paragraph.\nSecond paragraph.\n",
            "a.txt",
            "Title\n\nFirst paragraph.\n\nSecond paragraph.\n",
        ),
        (
            b"# Title\n\nThe **alliance** met in [Minsk](https://x.org).\nIt agreed.\n\n- one item\n",
            "a.md",
            "Title\n\nThe alliance met in Minsk. It agreed.\n\n- one item\n",
        ),
        (
            b"A hard-wrapped paragraph of plain text whose lines\nrun on to the next line, as e-mail does.\n\n"
            b"Another paragraph, wrapped the same way, runs on\nto the next line as well, and ends here.\n",
            "a.txt",
            "A hard-wrapped paragraph of plain text whose lines run on to the next line, as e-mail does.\n\n"
            "Another paragraph, wrapped the same way, runs on to the next line as well, and ends here.\n",
        ),
        ("\ufeffCRLF\r\nlines\u2028and a\tform\x0cfeed".encode(), "a.txt", "CRLF\n\nlines\n\nand a form\n\nfeed\n"),
    ],
)
def test_text_and_markdown_become_a_paragraph_a_line(raw, name, expected):
    assert article_text(raw, name) == expected


def test_a_markdown_line_of_brackets_is_read_in_linear_time():
    import time

    from cstofacts.ingest.markdown import plain

    start = time.perf_counter()
    plain("[" * 70_000)  # took about 20 s when link text could hold "["
    assert time.perf_counter() - start < 1.0
    assert plain("See [the article](http://x.org) and [ref][1].") == "See the article and ref."
