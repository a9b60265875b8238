"""Who did a record's act, where a claim gives it to another person the sources
know: "the Dostuk order was awarded to Babaev" (the Secretary General was),
"Armenian Foreign Minister Ararat Mirzoyan met Stoltenberg and declared ..."
(Pashinyan did), "the report was delivered by Kazakhstan's president"
(Tasmagambetov made it). Part of stage 5, for the rule known-name-swapped."""

from __future__ import annotations

from cstofacts import lexicon
from cstofacts.check.compare.slots import Comparison
from cstofacts.check.find.views import RecordView
from cstofacts.check.read.names import Mention
from cstofacts.check.read.reading import Reading
from cstofacts.check.termsets import PREPOSITIONS
from cstofacts.check.words import capitalised_before, past_form
from cstofacts.models import Entity


def doer_swapped(claim: Reading, runs: list[list[int]], missing: Entity, comparison: Comparison) -> str | None:
    """The person the record gives the act to, where the claim gives it to `missing`
    (at `runs`), a person the record does not name; None when the record does not
    tell who did it, or the claim's name is not in the doer's place."""
    view = comparison.view
    named = {e.name for e in claim.entities if e.type == "person"}
    if named - _people_of(view) != {missing.name}:
        return None  # another of the claim's people is not the record's either
    if (
        all(_in_the_acts_place(claim, (title_before(claim, run) or run)[0]) for run in runs)
        and comparison.coverage >= SOLE_PERSON_COVERAGE
    ):
        if named == {missing.name} and not any(title_before(claim, run) for run in runs):
            return _sole_person(view, named)  # "awarded to Babaev" where "the Secretary General was awarded"
        if _act_held(claim, runs[-1], comparison):
            # "Armenian Foreign Minister Ararat Mirzoyan met Stoltenberg", where Pashinyan did:
            # beside other people, or titled, the name must do the record's own act
            return _sole_subject(view, named)
        return None
    if all(_agent_of_passive(claim, run[0]) for run in runs):
        return _sole_doer(view, named)  # "the report ... was delivered by X" where "Y made a report"
    return None


def title_before(claim: Reading, run: list[int]) -> list[int]:
    """The capitalised words right before an unknown name, its title ("Belarusian
    President Alexander Lukashenko"): the name's, not what the claim states."""
    return capitalised_before(claim.tokens, claim.text, run[0], limit=3)  # "In Minsk, X": no title


# Without the names' places to align them, all the rest must be the record's own words.
SOLE_PERSON_COVERAGE = 0.9


def _in_the_acts_place(claim: Reading, at: int) -> bool:
    """True when a name stands where the one the act is of or for stands: the subject,
    nothing but grammar words before it, or after "to" ("awarded to Babaev"); not
    beside the act ("presented by Babaev", "with Babaev", ", Babaev,")."""
    before = claim.tokens[:at]
    if all(t.function for t in before):
        return True
    return before[-1].word == "to" and "," not in claim.text[before[-1].end : claim.tokens[at].start]


def _sole_person(view: RecordView, named: set[str]) -> str | None:
    """The one person a record's own sentence names, by name or by title, besides those
    the claim names too; None for none or more. An act the record gives one person
    and the claim, all else the same, another: the person's place in the sentence may
    differ ("X was awarded", "awarded to Y"); "Mirzoyan met Stoltenberg", where
    Pashinyan did."""
    people = _people_of(view) - named
    return people.pop() if len(people) == 1 else None


def _one_other(view: RecordView, named: set[str]) -> list[Mention]:
    """The mentions of the one person a record's own sentence names besides those the
    claim names; [] for none or more than one."""
    people = [m for m in view.reading.mentions if m.entity.type == "person" and m.entity.name not in named]
    return people if len({m.entity.name for m in people}) == 1 else []


def _people_of(view: RecordView) -> set[str]:
    return {m.entity.name for m in view.reading.mentions if m.entity.type == "person"}


def _agent_of_passive(claim: Reading, at: int) -> bool:
    """True for the name after "by" of a passive ("was delivered by Kazakhstan's president"):
    the one who did the act."""
    tokens = claim.tokens
    by = next((k for k in range(at - 1, max(-1, at - 4), -1) if tokens[k].word == "by"), None)
    if by is None or by < 2 or not past_form(tokens[by - 1]):
        return False
    return tokens[by - 2].lemma == "be" or (by > 2 and tokens[by - 3].lemma == "be")


def _sole_doer(view: RecordView, named: set[str]) -> str | None:
    """The one person a record's own sentence names, besides those the claim names too,
    as the subject of its past verb ("Imangali Tasmagambetov made a report"); None otherwise."""
    people = _one_other(view, named)
    tokens = view.reading.tokens
    doing = [m for m in people if m.end < len(tokens) and past_form(tokens[m.end])]
    return doing[0].entity.name if doing else None


# Words before a person who is not the one acting: "a meeting with X", "told to X".
_BESIDE_THE_ACT = PREPOSITIONS | {"and"}


def _sole_subject(view: RecordView, named: set[str]) -> str | None:
    """The one person a record's own sentence names, besides those the claim names
    too, who is not after a preposition ("Armenian Prime Minister Nikol Pashinyan,
    at a recent meeting with NATO Secretary General Jens Stoltenberg, declared"):
    the one whose act the record tells; None otherwise."""
    reading = view.reading
    for mention in (m for m in _one_other(view, named) if m.start >= 0):
        start = (capitalised_before(reading.tokens, reading.text, mention.start, limit=3) or [mention.start])[0]
        if not start or reading.tokens[start - 1].word not in _BESIDE_THE_ACT:
            return mention.entity.name
    return None


def _act_held(claim: Reading, run: list[int], comparison: Comparison) -> bool:
    """True when the first verb after the name ("met", "who, meeting") is the record's
    own word, or a synonym or a derivation of it, not a word related only by its sense
    as a noun ("opened" against an "area")."""
    held = {c: how for c, how, _ in comparison.words}
    for token in claim.tokens[run[-1] + 1 : run[-1] + 4]:
        if not token.function and lexicon.is_verb(token.lemma):
            return held.get(token.lemma) in ("same", "synonym", "derived")
    return False
