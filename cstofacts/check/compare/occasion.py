"""Stage 3, the occasion: whether a claim and a record are about one and the same
occasion, so that another value of a single-valued slot (date, place, count,
participants, the body whose meeting it was) refutes the claim."""

from __future__ import annotations

import re

from cstofacts import lexicon
from cstofacts.check.compare.slots import MATCH, Comparison
from cstofacts.check.compare.who import MEETINGS
from cstofacts.check.lexical import reaches
from cstofacts.check.read.names import ONE_OFF_TYPES
from cstofacts.check.read.reading import Reading

# WordNet's words for an occasion that recurs, at one place or another: a meeting, an exercise.
OCCASION_NOUNS = MEETINGS | {"exercise"}
# A claim of three words of act or more, this much of them in a record, tells the
# record's very occasion ("a meeting ... on easing Kyrgyz-Tajik tensions was held").
SPECIFIC_ACT = 0.7


def _before_the_list(claim: Reading, comparison: Comparison) -> float:
    """A count's claim that lists what it counts after a colon ("rests on four
    spheres: A, B, C and D"): the share of its words before the list the record
    holds; the items are the list's, compared as one (decide/lists.py)."""
    colon = next((i for i, t in enumerate(claim.tokens) if ":" in claim.text[t.end : t.end + 2]), None)
    if colon is None or not any(c.at < colon for c in claim.counts):
        return comparison.coverage
    share = comparison.held_share(lambda i: i <= colon)
    return comparison.coverage if share is None else share


def _names_the_records_states(claim: Reading, comparison: Comparison) -> bool:
    """True when the claim's words name a state of the record's, by name or nationality
    ("between Kyrgyz and Tajik people")."""
    states = {e.name.lower() for e in comparison.view.entities if e.type == "state"}
    return any((lexicon.country(t.word) or t.word) in states for t in claim.tokens)


def one_off(claim: Reading, comparison: Comparison, slot: str = "") -> bool:
    """True when the claim and the record are about one and the same occasion, so
    that another value of `slot` refutes:
    - a one-off thing both name (a document, a meeting, an award), or an exercise's
      edition (an exercise named without its year is any edition, unless a date agrees);
    - the same act of the same parties, when a person or body acts again and again,
      only with another slot agreeing too ("made a report" in Minsk may be another report);
    - for a claim that names no one, only its count, and only of the very same act
      ("At the CSTO summit, 12 documents were signed")."""
    if slot == "body":
        return _body_only(comparison)
    if slot == "chair" and _dated_and_placed(comparison):
        return True  # "the June 2024 meeting in Almaty was chaired by Russia": one meeting, one chair
    found = set(comparison.subjects_found)
    # (a body's own name agreeing tells no occasion: a council meets again and again)
    agreeing = [s.name for s in comparison.slots if s.status == MATCH and s.name not in (slot, "body")]
    if slot != "place" and comparison.record.place in found and _placed_alike(claim, comparison):
        agreeing.append("place")  # "the crisis that hit Kazakhstan", "the Almaty meeting of the Committee ..."
    for mention in claim.mentions:
        entity = mention.entity
        if entity.name not in found:
            continue
        if entity.type in ONE_OFF_TYPES:
            return True
        if entity.type == "exercise" and (
            not mention.recurring or "date" in agreeing or _in_its_year(claim, entity.name)
        ):
            return True  # (named without its year, dated in the edition's year: "Enduring Brotherhood ... in 2023")
    act = [c for c, how, _ in comparison.words if how != "none"]
    # The states a claim says took part are the very value compared, not the occasion's name,
    # where the claim names none of the record's: "between Armenia and Azerbaijan" for
    # "between Kyrgyz and Tajik people" (not "Belarus hosted", beside the record's two).
    states = [e for e in claim.entities if e.type == "state"]
    parties_only = (
        slot == "participants"
        and bool(states)
        and {e.name for e in states} <= set(comparison.subjects_missing)
        and set(comparison.subjects_missing) <= {e.name for e in states}
        # and only where the occasion's date or place agrees: another meeting may have had others
        and bool({"date", "place"} & set(agreeing))
        and not _names_the_records_states(claim, comparison)
    )
    if (comparison.subject_share < 1.0 and not parties_only) or not act:
        return False
    if claim.subjects or len(act) >= 3:
        # A specific act ("cooperation with the UN on peacekeeping was discussed at a
        # Security Council meeting") is one occasion; a bare one ("made a report") may recur.
        # A count of what three words or more name alike is of one set ("four complementary
        # spheres" of the CSTO's activity, where the source has three): a little less is enough.
        specific = SPECIFIC_ACT - 0.1 if slot == "number" else SPECIFIC_ACT
        coverage = _before_the_list(claim, comparison) if slot == "number" else comparison.coverage
        return (coverage >= 0.5 and bool(agreeing)) or (len(act) >= 3 and coverage >= specific)
    counted = {c.noun for c in claim.counts}
    others = [c for c, how, _ in comparison.words if c not in counted]
    # an agreeing slot tells the act as a word does ("the article says", "in 2023")
    return slot == "number" and len(others) + len(agreeing) >= 2 and comparison.coverage >= 0.8


def _placed_alike(claim: Reading, comparison: Comparison) -> bool:
    """The record's place, named by the claim, tells its occasion: named as a place ("the
    crisis that hit Kazakhstan"), or as a modifier of an occasion's noun when the body
    that met agrees too ("the Almaty meeting of the Committee ..."); not "a Kazakhstan
    exercise", "the Almaty meeting of foreign ministers", which may be another there."""
    tokens = claim.tokens
    at = next((m.end for m in claim.mentions if m.entity.name == comparison.record.place and m.start >= 0), None)
    of_an_occasion = at is not None and at < len(tokens) and reaches(tokens[at].word, OCCASION_NOUNS)
    return not of_an_occasion or any(s.name == "body" for s in comparison.slot(MATCH))


def _body_only(comparison: Comparison) -> bool:
    """The body whose occasion the record dates and places is the one value compared,
    where the claim's date and place both agree and it names no other thing of the
    record's: the sources tell of one meeting in Almaty in June 2024. (Never through a
    one-off document or exercise: "the UN resolution" names the UN beside its Assembly.)"""
    return len(comparison.subjects_missing) == 1 and _dated_and_placed(comparison)


def _dated_and_placed(comparison: Comparison) -> bool:
    """True when the claim's date and place both agree with the record's: the sources
    tell of one meeting in Almaty in June 2024."""
    # to the month at least, both sides: not "in 2023 in Kyrgyzstan", which many occasions were
    when = comparison.view.when
    fine = when is not None and when.precision in ("day", "month")
    dated = any(s.name == "date" and s.status == MATCH and s.claimed[4:5] == "-" for s in comparison.slots)
    return fine and dated and "place" in {s.name for s in comparison.slots if s.status == MATCH}


def _in_its_year(claim: Reading, name: str) -> bool:
    """True when the claim dates an exercise to the year its edition's name gives."""
    years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", name)}
    return bool(years) and any(d.year and d.first.year in years and d.last.year in years for d in claim.dates)
