"""The claim tables: every claim a verdict, and the harm that matters most never done."""

from __future__ import annotations

import pytest

from cstofacts.check import NEI, REFUTED, SUPPORTED, Checker
from cstofacts.models import Record, Source
from cstofacts.store import load_store
from tests.check.tables.claims import (
    CLAIMS,
    CONFLICT_CLAIMS,
    USER_RECORDS,
    USER_SOURCES,
)

# The tuning table was written for the first checker, before the data of issue 12
# and the staged checker of issue 19. These claims it does not yet read as the
# table says, each with what it gives instead (see the note on issue 19 for why
# some labels are themselves arguable). Strict: a fix shows, and the entry goes.
KNOWN_MISSES = {
    "Tasmagambetov said the organization's obligations to Armenia were suspended.": "opposite: supported",
    "The UN plays a minor role in the CSTO's cooperation on peacekeeping.": "opposite: supported",
    "NATO takes into account the CSTO's increased activity in the Transcaucasus region.": "reversed: supported",
    "On 20 April 2024 the CSTO celebrated the 30th anniversary of the Collective Security Treaty.": "date-noyear: supported",
    "At a CSTO summit, 12 documents were signed.": "number: refuted",
    "Combat Brotherhood 2023 included five maneuvers.": "number: not-enough-info",
    "The UN Security Council met on 19 July 2024.": "participants: supported",
    "The UN Security Council discussed cooperation with the CSTO on 19 July 2024.": "participants: supported",
    "Dr. Babaev is director of the Institute of China and Modern Asia.": "role: not-enough-info",
    "Cooperation with the UN on peacekeeping and counter-terrorism was discussed at a Security Council meeting in 2023.": "occasion: refuted",
    "The CSTO has six member states.": "number: supported",
    "Armenian Prime Minister Serzh Sargsyan met NATO Secretary General Stoltenberg.": "participants: refuted",
}


@pytest.fixture(scope="module")
def checker() -> Checker:
    store = load_store()
    return Checker(store.records, store.entities, store.source_text)


def test_the_table_is_big_and_balanced():
    assert len(CLAIMS) >= 45
    for verdict in (SUPPORTED, REFUTED, NEI):
        assert sum(v == verdict for _, v, _ in CLAIMS) >= 10
    assert not set(KNOWN_MISSES) - {c for c, _, _ in CLAIMS}


CASES = [
    pytest.param(*case, marks=pytest.mark.xfail(reason=KNOWN_MISSES[case[0]], strict=True))
    if case[0] in KNOWN_MISSES
    else case
    for case in CLAIMS
]


@pytest.mark.parametrize(("claim", "expected", "kind"), CASES, ids=[f"{k}-{i}" for i, (_, _, k) in enumerate(CLAIMS)])
def test_claim_table(checker, claim, expected, kind):
    verdict = checker.check(claim)
    assert verdict.verdict == expected, verdict.reason


def test_no_true_claim_of_the_table_is_refuted(checker):
    refuted = [c for c, expected, _ in CLAIMS if expected == SUPPORTED and checker.check(c).verdict == REFUTED]
    assert refuted == []


# ---- one's own records beside the sources ---------------------------------------


def _with(store, docs, origin):
    sources = dict(store.sources) | {d["id"]: Source.from_doc(d, origin=origin) for d in USER_SOURCES}
    return [Record.from_doc(d, sources, origin=origin) for d in docs]


@pytest.fixture(scope="module")
def mixed() -> Checker:
    store = load_store()
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
    assert result.reason == "date: the source says 2025-03-31; only your own record my-khujand-date says 2025-04-02"
    assert [r.id for r in result.evidence] == ["khujand-border-agreement", "my-khujand-date"]


def test_a_refuting_source_is_preferred_to_a_user_record(mixed):
    result = mixed.check("The Khujand border agreement was signed on 5 April 2025.")
    assert result.reason == "date: the source says 2025-03-31"
    assert [r.id for r in result.evidence] == ["khujand-border-agreement"]


def test_a_claim_only_the_users_own_record_supports_says_so(mixed):
    result = mixed.check("The CSTO held consultations on logistics in Astana on 10 February 2025.")
    assert result.verdict == SUPPORTED
    assert result.reason.endswith("(only your own record my-summit-talks says it, no source does)")


def test_sources_that_disagree_give_not_enough_info():
    store = load_store()
    other = _with(store, [{**USER_RECORDS[0], "id": "another-source-date"}], "bundled")
    checker = Checker([*store.records, *other], store.entities)
    result = checker.check("The Khujand border agreement was signed on 31 March 2025.")
    assert result.verdict == NEI
    assert result.reason.startswith("date: the sources disagree: ")
    assert {"khujand-border-agreement says 2025-03-31", "another-source-date says 2025-04-02"} <= set(
        result.reason.removeprefix("date: the sources disagree: ").split("; ")
    )


def test_own_records_that_disagree_give_not_enough_info():
    store = load_store()
    own = _with(store, [USER_RECORDS[0], {**USER_RECORDS[0], "id": "my-other-date", "date": "2025-03-31"}], "user")
    result = Checker(own, store.entities).check("The Khujand border agreement was signed on 2 April 2025.")
    assert result.verdict == NEI
    assert result.reason.startswith("date: your own records disagree:")
