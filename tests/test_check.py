"""The fact checker's core: the claim table, slot reading, and pure verdicts."""

from __future__ import annotations

from pathlib import Path

import pytest

from cstofacts.check import NEI, REFUTED, SUPPORTED, Checker, check
from cstofacts.claims import sentences
from cstofacts.store import load_store
from tests.check_claims import CLAIMS, CONFLICT_CLAIMS, USER_RECORDS, USER_SOURCES

STORE = Path(__file__).resolve().parent.parent / "data" / "cstofacts.json"


@pytest.fixture(scope="module")
def checker() -> Checker:
    store = load_store(STORE)
    return Checker(store.records, store.entities, store.source_text)


def test_the_table_is_big_and_balanced():
    assert len(CLAIMS) >= 45
    for verdict in (SUPPORTED, REFUTED, NEI):
        assert sum(v == verdict for _, v, _ in CLAIMS) >= 10
    kinds = {k for _, _, k in CLAIMS}
    assert {"date-day", "date-month", "date-year", "date-noyear", "place", "number",
            "participants", "role", "alias", "paraphrase", "unmentioned"} <= kinds


# Claims whose verdict the data change of issue 12 moved (whole-sentence evidence,
# the lead's paraphrase now Izvestia's, new list records), until the staged
# checker of issue 19 reads them right. Strict: a fix shows.
MOVED_BY_DATA = {
    "Tasmagambetov said the organization's obligations to Armenia were suspended.",
    "Tasmagambetov said the organization's obligations to Armenia were maintained.",
    "Armenia suspended its participation in CSTO events.",
    "Tokayev said rhetoric of mounting threats can create the impression that the CSTO trembles before adversaries.",
    "The Collective Security Treaty proposes a rigid alliance.",
    "Tasmagambetov said that if the Armenian leadership decided to leave the CSTO, it would be Armenia's sovereign right.",
    "Tokayev urged CSTO members to stop framing their safety in terms of mounting threats.",
    "Tokayev urged members of the CSTO to frame their safety in terms of mounting threats.",
    "The CSTO prioritizes a confrontational security posture over risk assessment.",
    "Tokayev called for a disciplined discourse rather than inflaming tensions.",
    "Tokayev called for inflaming tensions rather than a disciplined discourse.",
    "NATO takes into account the CSTO's increased activity in the Transcaucasus region.",
    "The CSTO takes into account NATO's increased activity in the Transcaucasus region.",
    "In 2023, five maneuvers were conducted in Belarus as part of Combat Brotherhood – 2023.",
    "Combat Brotherhood 2023 included five maneuvers.",
    "Tasmagambetov said the CSTO is a \"soft alliance\".",
    "Tasmagambetov said the organisation has fully maintained its obligations to Yerevan.",
}
MOVED = pytest.mark.xfail(reason="moved by the data change of issue 12", strict=True)
CASES = [pytest.param(*case, marks=MOVED) if case[0] in MOVED_BY_DATA else case for case in CLAIMS]


@pytest.mark.parametrize(("claim", "expected", "kind"), CASES, ids=[f"{k}-{i}" for i, (_, _, k) in enumerate(CLAIMS)])
def test_claim_table(checker, claim, expected, kind):
    verdict = checker.check(claim)
    assert verdict.verdict == expected, verdict.reason


def test_never_a_true_claim_refuted(checker):
    refuted = [c for c, expected, _ in CLAIMS
               if expected == SUPPORTED and c not in MOVED_BY_DATA and checker.check(c).verdict == REFUTED]
    assert refuted == []


@pytest.mark.parametrize(
    ("claim", "reason"),
    [
        ("The CSTO-CIS-SCO Roadmap was signed in Moscow.", "place: the source says Beijing"),
        ("The Khujand border agreement was signed on 31 March 2024.", "date: the source says 2025-03-31"),
        ("In 2023, seven maneuvers were conducted in Belarus as part of Combat Brotherhood 2023.", "number: the source says five maneuvers"),
        ("Tajikistan, Kyrgyzstan and Kazakhstan signed a border agreement in Khujand.",
         "participants: the source says Tajikistan, Kyrgyzstan and Uzbekistan"),
        ("Armenian President Nikol Pashinyan met NATO Secretary General Jens Stoltenberg.",
         "role: the source says Nikol Pashinyan is Armenian Prime Minister"),
    ],
)
def test_refuted_reason_names_the_slot_and_the_source(checker, claim, reason):
    assert checker.check(claim).reason == reason


@pytest.mark.parametrize(
    ("claim", "verdict", "reason"),
    [
        ("Pashinyan met NATO Secretary General Mark Rutte.", NEI, "the sources do not mention Mark Rutte"),
        ("The UN Security Council met on 19 July 2024.", NEI, "the sources do not mention UN Security Council"),
        ("The UN General Assembly adopted a resolution on cooperation with the CSTO on 18 November 2023.", REFUTED,
         "date: the source says 2024-11-18"),
        ("The Roadmap was signed in Moscow", REFUTED, "place: the source says Beijing"),
        ("Tasmagambetov said the CSTO seeks to be a counterweight to NATO.", REFUTED,
         "the source says the opposite: According to Tasmagambetov, the CSTO does not seek to serve as a counterweight"),
        ("The CSTO is a NATO member.", NEI, "does not relate CSTO and NATO as the claim does"),
        ("The Collective Security Treaty entered into force 30 years ago.", NEI,
         'relative date: "30 years ago" counts from today'),
        ('"What we call soft alliance is a strong point of our organization," said Tasmagambetov.', REFUTED,
         "quote: the source's words are \"What we call soft alliance \u2014 meaning, above all,"),
        ("The Khujand border agreement was signed on 31 March 2025. The Roadmap was signed in Moscow.", REFUTED,
         "The Roadmap was signed in Moscow: place: the source says Beijing"),
        ("The CSTO has seven member states.", NEI, "number: a record says six member"),
        # another script: said plainly, not "the sources do not mention Худжанде"
        ("Соглашение о границе в Худжанде подписано 31 марта 2025 года.", NEI, "check reads claims in English"),
        # a state alone is a subject: the reader is pointed to a record about it, not told "no subject"
        ("Armenia has left the CSTO.", NEI, "the closest record (armenia-"),
        pytest.param("Afghanistan is described as the main source of instability and potential risks on the CSTO's "
                     "southern frontiers.", NEI, "(afghanistan-main-source-instability) does not state it (it does not "
                     "say: southern, frontiers)", marks=MOVED),
    ],
)
def test_reasons_say_plainly_what_decided(checker, claim, verdict, reason):
    result = checker.check(claim)
    assert result.verdict == verdict
    assert reason in result.reason
    assert "rutt," not in result.reason and "celebrate" not in result.reason


def test_a_cut_quote_names_the_cut(checker):
    result = checker.check('"What we call soft alliance is a strong point of our organization," said Tasmagambetov.')
    assert "words left out without ... or [...]" in result.reason
    assert [r.id for r in result.evidence] == ["soft-alliance-strong-point-quote"]


def test_quotes_without_source_texts_are_checked_against_the_records():
    store = load_store(STORE)
    bare = Checker(store.records, store.entities)  # no source texts: the records' words only
    assert bare.check('"we respect the foreign policy decisions of the CSTO member states," said Tasmagambetov.').verdict == SUPPORTED
    assert bare.check('"What we call soft alliance is a strong point of our organization," said Tasmagambetov.').verdict != SUPPORTED


@pytest.mark.parametrize(
    ("claim", "names"),
    [
        ("Pashinyan met NATO Secretary General Mark Rutte.", ["Mark Rutte"]),
        ("The UN Security Council met on 19 July 2024.", ["UN Security Council"]),
        ("Bilateral consultations led to the signing of the Khujand border agreement.", []),
        ("Dr. Babaev is director of the Institute of China and Modern Asia.", []),
        ("Armenian Prime Minister Nikol Pashinyan met NATO Secretary General Jens Stoltenberg.", []),
    ],
)
def test_names_the_store_does_not_know(checker, claim, names):
    assert [shown for _, shown in checker.analyse(claim).names] == names


@pytest.mark.parametrize(
    ("claim", "record_id"),
    [
        ("The Khujand border agreement was signed on March 31, 2025.", "khujand-border-agreement"),
        pytest.param("Enduring Brotherhood took place in Kyrgyzstan in October 2023.", "enduring-brotherhood-2023-exercise",
                     marks=MOVED),
        ("Brothers-in-Arms – 2023 took place in Belarus in October 2023.", "brothers-in-arms-2023-exercise"),
        ("Brothers-in-Arms 2022 was held in Belarus.", "brothers-in-arms-2022-exercise"),
    ],
)
def test_evidence_is_the_record_about_that_edition(checker, claim, record_id):
    assert [r.id for r in checker.check(claim).evidence] == [record_id]


def test_supported_reason_says_what_matched(checker):
    verdict = checker.check("The Khujand border agreement was signed on 31 March 2025.")
    assert verdict.reason.startswith("date matches 2025-03-31")


@pytest.mark.parametrize(
    ("claim", "dates", "numbers", "places"),
    [
        ("signed on 31 March 2025 in Khujand", ["2025-03-31"], [], ["khujand"]),
        ("held in September 2023 in Minsk", ["2023-09"], [], ["minsk"]),
        ("in 2024 fifteen documents", ["2024"], [(15, "document")], []),
        ("on 20 April thirty-five years", ["--04-20"], [(35, "year")], []),
        ("the 30th anniversary", [], [(30, "anniversary")], []),
        ("Barrier-2023 was held in Belarus", [], [], ["belarus"]),
        ("signed on 31.03.2025 in Khujand", ["2025-03-31"], [], ["khujand"]),
        ("signed on 2025/03/31", ["2025-03-31"], [], []),
    ],
)
def test_slots_are_read_at_every_precision(checker, claim, dates, numbers, places):
    parsed = checker.analyse(claim)
    assert [d.iso for d in parsed.dates] == dates
    assert parsed.numbers == numbers
    assert parsed.places == places


def test_an_edition_name_is_not_a_date(checker):
    parsed = checker.analyse("Brothers-in-Arms – 2022 took place in Kazakhstan")
    assert parsed.dates == []
    assert [m.entity.name for m in parsed.mentions] == ["Brothers-in-Arms – 2022"]


@pytest.mark.parametrize(
    ("sentence", "checkable"),
    [
        ("Tokayev urged calm.", True),
        ("It happened on 31 March 2025.", True),
        ("Fifteen documents were signed.", True),
        ("The organisation has had a busy few years.", False),
        ("The CSTO is important.", False),
    ],
)
def test_checkable_sentences(checker, sentence, checkable):
    assert checker.checkable(sentence) is checkable


def test_check_is_pure_and_deterministic(checker):
    store = load_store(STORE)
    claim = "The CSTO-CIS-SCO Roadmap was signed in Moscow."
    first = check(claim, store.records, store.entities)
    assert first == check(claim, store.records, store.entities) == checker.check(claim)
    assert first.to_dict()["evidence"][0]["source"]["id"] == "allies-csto-2023-2025"
    assert set(first.to_dict()) == {"claim", "verdict", "reason", "evidence"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two here.", [("One.", 1), ("Two here.", 1)]),
        ("I.N. Tasmagambetov spoke. Then\nhe left.", [("I.N. Tasmagambetov spoke.", 1), ("Then he left.", 1)]),
        ("# Title\n\n- item one\n- item *two*\n", [("item one", 3), ("item two", 4)]),
        ("a\n```\ncode. Here.\n```\nb", [("a", 1), ("b", 5)]),
        ("See [the roadmap](http://x.y/z). Done.", [("See the roadmap.", 1), ("Done.", 1)]),
    ],
)
def test_sentences_keep_their_line(text, expected):
    assert [(s.text, s.line) for s in sentences(text)] == expected


# ---- claims with nothing to check -------------------------------------------


@pytest.mark.parametrize(
    ("claim", "named"),
    [
        ("Tasmagambetov", "Imangali Tasmagambetov"),
        ("Tokayev", "Kassym-Jomart Tokayev"),
        ("Babaev", "Kirill Babaev"),
        ("Tasmagambetov said.", "Imangali Tasmagambetov"),
        ("The Khujand border agreement", "Khujand border agreement"),
        ("The UN", "United Nations"),
    ],
)
def test_a_bare_name_states_nothing_to_check(checker, claim, named):
    result = checker.check(claim)
    assert result.verdict == NEI
    assert result.reason.startswith(f"the claim states nothing to check about {named}")
    assert result.evidence == ()
    assert checker.checkable(claim) is False


@pytest.mark.parametrize(
    ("sentence", "checkable"),
    [
        ("Tasmagambetov.", False),
        ("Tasmagambetov and Tokayev.", False),
        ("The Khujand border agreement", False),
        ("Tasmagambetov said.", False),
        ("Tokayev urged calm.", True),
        ("Armenia took part in Interaction-2023.", True),  # a light verb relating two names
        ("The Khujand border agreement, 31 March 2025", True),  # a date is something to check
    ],
)
def test_fragments_are_not_checkable(checker, sentence, checkable):
    assert checker.checkable(sentence) is checkable


# ---- plain reasons -------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "reason"),
    [
        ("Armenia and Belarus signed the CSTO-CIS-SCO Roadmap.",
         "participants: the closest record (roadmap-csto-cis-sco-signed-beijing) gives no participants; the claim says Armenia and Belarus"),
        ("Interaction-2023 was held in Belarus in September 2023.",
         "date: the sources do not say 2023-09; the closest record (interaction-2023-exercise) says 2023"),
        ("Tasmagambetov was awarded the Dostuk order in 2022.", "date: the sources do not say 2022"),
    ],
)
def test_unknown_slots_are_worded_plainly(checker, claim, reason):
    result = checker.check(claim)
    assert result.verdict == NEI
    assert result.reason == reason


def test_no_reason_says_the_source_has(checker):
    for claim, _, _ in CLAIMS:
        reason = checker.check(claim).reason
        assert "; the source has" not in reason and "matches nothing" not in reason, (claim, reason)


# ---- records that disagree ---------------------------------------------------


def _with(store, docs, origin):
    from cstofacts.models import Record, Source

    sources = dict(store.sources) | {d["id"]: Source.from_doc(d, origin=origin) for d in USER_SOURCES}
    return [Record.from_doc(d, sources, origin=origin) for d in docs]


@pytest.fixture(scope="module")
def mixed() -> Checker:
    store = load_store(STORE)
    return Checker([*store.records, *_with(store, USER_RECORDS, "user")], store.entities, store.source_text)


@pytest.mark.parametrize(("claim", "expected", "kind"), CONFLICT_CLAIMS)
def test_conflict_table(mixed, claim, expected, kind):
    assert mixed.check(claim).verdict == expected


def test_a_user_record_that_disagrees_is_named_but_the_source_decides(mixed):
    result = mixed.check("The Khujand border agreement was signed on 31 March 2025.")
    assert result.verdict == SUPPORTED
    assert result.reason == "date matches 2025-03-31; your own record my-khujand-date says 2025-04-02"
    assert [r.id for r in result.evidence] == ["khujand-border-agreement", "my-khujand-date"]


def test_a_claim_only_the_user_record_supports_is_refuted_by_the_source(mixed):
    result = mixed.check("The Khujand border agreement was signed on 2 April 2025.")
    assert result.verdict == REFUTED
    assert result.reason.startswith(
        "date: the source says 2025-03-31; only your own record my-khujand-date says 2025-04-02"
    )
    assert [r.id for r in result.evidence] == ["khujand-border-agreement", "my-khujand-date"]


def test_a_refuting_source_is_preferred_to_a_user_record(mixed):
    result = mixed.check("The Khujand border agreement was signed on 5 April 2025.")
    assert result.reason == "date: the source says 2025-03-31"
    assert [r.id for r in result.evidence] == ["khujand-border-agreement"]


def test_a_claim_only_the_users_own_record_supports_says_so(mixed):
    result = mixed.check("The CSTO held consultations on logistics in Astana on 10 February 2025.")
    assert result.verdict == SUPPORTED
    assert result.reason.endswith("(only your own record my-summit-talks says it, no source does)")


def test_agreeing_records_give_a_plain_verdict(mixed):
    result = mixed.check("The Khujand border agreement was signed in 2025.")
    assert result.verdict == SUPPORTED and "your own record" not in result.reason


def test_sources_that_disagree_give_not_enough_info():
    store = load_store(STORE)
    other = _with(store, [{**USER_RECORDS[0], "id": "another-source-date"}], "bundled")
    bare = Checker([*store.records, *other], store.entities)
    result = bare.check("The Khujand border agreement was signed on 31 March 2025.")
    assert result.verdict == NEI
    assert result.reason == "date: the sources disagree: khujand-border-agreement says 2025-03-31; another-source-date says 2025-04-02"


def test_own_records_that_disagree_give_not_enough_info():
    store = load_store(STORE)
    own = _with(store, [USER_RECORDS[0], {**USER_RECORDS[0], "id": "my-other-date", "date": "2025-03-31"}], "user")
    alone = Checker(own, store.entities)
    result = alone.check("The Khujand border agreement was signed on 2 April 2025.")
    assert result.verdict == NEI
    assert result.reason.startswith("date: your own records disagree: my-khujand-date says 2025-04-02; my-other-date says 2025-03-31")
