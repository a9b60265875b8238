"""Names swapped: what a record names in the very place where a claim names
something else, the entity among the same words ("reported by TASS" where
the claim says "reported by RIA Novosti"; "the UN plays the key role" where
it says "the OSCE plays"; "Afghanistan remains the main source of
instability" where it says "Pakistan as the main source"), and words given to
a speaker no source names. The rules for names no source gives (unknown_name)
and for names the record does not give (name_swapped)."""

from __future__ import annotations

from collections.abc import Sequence

from cstofacts import lexicon
from cstofacts.check.compare.slots import MATCH, Comparison
from cstofacts.check.decide.alignment import adds_to_the_sources, aligned_entity, compound_swapped
from cstofacts.check.decide.context import (
    NEI,
    REFUTED,
    SAME_ACT,
    SUPPORT_COVERAGE,
    Context,
    Outcome,
    coverage_but,
    evidence,
    listing,
)
from cstofacts.check.decide.doers import doer_swapped, title_before
from cstofacts.check.decide.unknowns import denied_before
from cstofacts.check.lexical import telling
from cstofacts.check.read.reading import Reading
from cstofacts.check.read.roles import qualifier_of, qualifiers, role_reading, tokens_of
from cstofacts.check.words import tokenize
from cstofacts.models import Entity


def name_swapped(ctx: Context) -> Outcome | None:
    """A name or country the claim gives and the record about the rest does not,
    where the record names another among the same words ("Pakistan as the main
    source of instability"; the source: Afghanistan): swapped, refuted."""
    claim = ctx.claim
    if claim.negated:
        return None  # "not Pakistan but Afghanistan" names both
    for comparison in ctx.comparisons[:5]:
        unsaid = comparison.unsaid_at
        if not unsaid or comparison.subject_share < 1.0:
            continue
        aside = {claim.lemma_at(i) for i in unsaid}
        if coverage_but(comparison, *aside, loose=False) < SUPPORT_COVERAGE:
            continue
        if comparison.said(*aside) < 2:
            continue
        runs: list[list[int]] = []
        for i in unsaid:
            if runs and i == runs[-1][-1] + 1:
                runs[-1].append(i)
            else:
                runs.append([i])
        view = comparison.view
        other = aligned_entity(claim, runs, (view.reading, view.focus)) or compound_swapped(claim, unsaid, view)
        kinds = {e.name: e.type for e in view.entities}
        if other and kinds.get(other) == "state" and _a_region(claim, runs[0]):
            continue  # "three Central Asian states": which states, not others than the record's
        if other:
            shown = " ".join(claim.tokens[i].raw for i in runs[0])
            return Outcome(REFUTED, f"the source names {other}, not {shown}", (comparison.record,))
    return None


def _a_region(claim: Reading, run: list[int]) -> bool:
    """A run that names a part of the world, not a party: a continent's adjective
    ("Asian", "European"), with the words that place it ("Central Asian")."""
    for i in run:
        country = lexicon.country(claim.tokens[i].word)
        entry = lexicon.entry(country) if country else None
        if entry is not None and "continent" in entry.broader:
            return True
    return False


# The words of the act a record lower in rank must share with the claim to tell of it.
ACT_OF_WORDS = 4


def known_swapped(ctx: Context) -> Outcome | None:
    """A state, person or body the sources know, where the record about all the rest
    of the claim names another of its kind among the same words ("a change of
    position by Kazakhstan"; the source: by Armenia): swapped, refuted."""
    claim = ctx.claim
    if claim.negated:
        return None  # "did not ... by Belarus" denies Belarus; the source's Armenia refutes nothing
    if claim.interval is not None:
        return None  # "the exercise in Kazakhstan was held a year before the one in Belarus": two occasions
    if any(c.subject_share == 1.0 and c.coverage >= SAME_ACT for c in ctx.comparisons[:5]):
        return None  # another record tells of it with every name the claim gives
    # the records about the rest, however low they rank for lacking the claim's name,
    # when the rest is an act of several words ("expanding ... capabilities was proposed")
    ranked_low = [c for c in ctx.comparisons[3:] if sum(how != "none" for _, how, _ in c.words) >= ACT_OF_WORDS]
    about_the_rest = sorted([*ctx.comparisons[:3], *ranked_low], key=lambda c: -c.coverage)[:3]
    for comparison in about_the_rest:
        if len(comparison.subjects_missing) != 1 or comparison.coverage < SUPPORT_COVERAGE:
            continue
        if comparison.said() < 2:
            continue
        missing = next(e for e in claim.entities if e.name == comparison.subjects_missing[0])
        runs = [list(range(m.start, m.end)) for m in claim.mentions if m.entity is missing and m.start >= 0]
        view = comparison.view
        other = aligned_entity(claim, runs, (view.reading, view.focus)) if runs else None
        if other is None and runs and missing not in claim.speakers:
            other = doer_swapped(claim, runs, missing, comparison)
        kinds = {e.name: e.type for e in view.entities}
        if other in _named_by_title(claim, runs, view.entities):
            continue  # the record's person, whom the claim names by title
        if other and kinds.get(other) == missing.type:
            return Outcome(REFUTED, f"the source names {other}, not {missing.name}", (comparison.record,))
    return None


# An outlet no source names, where the record of the rest names its own: the claim
# need only be about the same words, not state all of them ("Tokayev's remarks
# urging calm were reported by Interfax", against TASS's report of his remarks).
OUTLET_COVERAGE = 0.4


def unknown_name(ctx: Context) -> Outcome | None:
    """A name no source gives ("Anders Rasmussen", "the Danaker order", "the
    Council of Foreign Ministers"). Where the record about the rest of the claim
    names another in that place (another NATO Secretary General, another order,
    another council), the claim swapped them: refuted. Else the sources are silent on it."""
    claim = ctx.claim
    for (
        run
    ) in ctx.name_shapes:  # "the Council of Foreign Ministers" where the record has the Council of Defense Ministers
        swapped = _near_name(ctx, run)
        if swapped is not None:
            name = " ".join(claim.tokens[i].raw for i in run)
            return Outcome(REFUTED, f"the source names {swapped[0]}, not the {name}", (swapped[1].record,))
    if not ctx.unknown_runs:
        return None
    names = ctx.claim_unknown_names
    aside = {
        claim.lemma_at(i) for run in ctx.unknown_runs for i in (*title_before(claim, run), *run) if i in claim.content
    }
    # "Vladimir Putin said ...": the verb of his saying frames the words, as a known speaker's does
    told = [i for run in ctx.unknown_runs if (i := _telling_verb(claim, run)) is not None]
    aside |= {claim.lemma_at(i) for i in told}
    for comparison in ctx.comparisons[:5]:
        covered = coverage_but(comparison, *aside)
        if comparison.subject_share < 1.0 or covered < OUTLET_COVERAGE:
            continue
        acts = comparison.said(*aside)
        view = comparison.view
        other = _swapped(claim, comparison, names, ctx.unknown_runs) or aligned_entity(
            claim, ctx.unknown_runs, (view.reading, view.focus)
        )
        if other in _named_by_title(claim, ctx.unknown_runs, view.entities):
            other = None  # "presented to the Secretary General by X": X beside him, not in his place
        if other and _of_another_kind(claim, ctx.unknown_runs, other, view.entities):
            other = None  # "broadcast by Armenian Public Television": no one in a person's place
        if (
            other
            and covered < SWAPPED_HOLDER_COVERAGE
            and _titled_otherwise(claim, ctx.unknown_runs, other, view.entities)
        ):
            other = None  # "SCO Secretary General X" has the CSTO's place only where all else is the record's
        if other and acts >= 2 and covered >= SUPPORT_COVERAGE:
            return Outcome(REFUTED, f"the source names {other}, not {ctx.shown_unknown_names[0]}", (comparison.record,))
        outlets = sorted(e.name for e in view.entities if e.type == "outlet")
        named = {e.name for e in claim.entities}
        # "by RIA Novosti and TASS" adds to the source's outlet; "by Interfax, not by TASS" denies it
        affirmed = {m.entity.name for m in claim.mentions if m.start not in claim.denied}
        beside = adds_to_the_sources(claim) or bool(affirmed & set(outlets))
        outlet_runs = [run for run in ctx.unknown_runs if run[0] in claim.unknown_outlets]
        if outlets and acts and not beside and outlet_runs and not any(denied_before(claim, r) for r in outlet_runs):
            return Outcome(
                REFUTED,
                f"outlet: the source says {listing(outlets)}, not {ctx.shown_unknown_names[0]}",
                (comparison.record,),
            )
        speaker = comparison.record.speaker
        given = speaker in named  # "Tokayev and Lukashenko noted": the source's speaker is given the words too
        if (
            speaker
            and acts + len(comparison.slot(MATCH)) + len(comparison.subjects_found)
            >= 2  # a word and the outlet: "told BelTA that ... a counterweight", or NATO
            and covered >= SUPPORT_COVERAGE
            and not given
            and told
        ):
            if _of_another_kind(claim, ctx.unknown_runs, speaker, view.entities):
                break  # the closest record's speaker may be the name ("the Belarusian leadership")
            return Outcome(
                REFUTED,
                f"speaker: the source gives these words to {speaker}, not {ctx.shown_unknown_names[0]}",
                (comparison.record,),
            )
    return Outcome(NEI, f"the sources do not mention {listing(ctx.shown_unknown_names)}", evidence(ctx.best))


def _telling_verb(claim: Reading, run: list[int]) -> int | None:
    """Where the verb of telling stands whose subject an unknown name is, the one who
    says the claim's words ("Alexander Lukashenko told BelTA that", "..., Lukashenko
    said"); None."""
    after = run[-1] + 1
    between = {"who"} if after < len(claim.tokens) and claim.tokens[after].word == "who" else set()
    after += len(between)  # "It was Alexander Lukashenko who told BelTA that"
    told = (
        after < len(claim.tokens)
        and telling(claim.tokens[after].lemma)
        # nothing else between: not ", as X said,"
        and set(claim.text[claim.tokens[run[-1]].end : claim.tokens[after].start].split()) <= between
    )
    return after if told else None


# A name whose title is of another body or state than the record's person takes that
# person's place only in the record's own act, word for word: "Belarusian President
# Alexander Lukashenko urged CSTO members not to frame ...", the Kazakh president's words.
SWAPPED_HOLDER_COVERAGE = 0.9


# What a person named by a title ("President X") cannot stand in the place of.
_THINGS = frozenset({"organisation", "state", "award", "document", "exercise", "place"})


def _of_another_kind(claim: Reading, runs: list[list[int]], other: str, entities: Sequence[Entity]) -> bool:
    """True when the unknown name cannot stand where the record's name does: read as an
    outlet ("reported by X") for what is no outlet, or made of the language's own words
    alone ("Armenian Public Television") for a person."""
    kinds = {e.name: e.type for e in entities}
    if any(run[0] in claim.unknown_outlets for run in runs) and kinds.get(other) not in (None, "outlet"):
        return True
    if kinds.get(other) == "organisation" and _titled_of(claim, runs) & {
        lexicon.country(w) for w in other.lower().split()
    }:
        return True  # "Belarusian President X" may be one of "the Belarusian leadership": no swap
    if kinds.get(other) in _THINGS and _named_as_a_person(claim, runs, other):
        return True  # "Kazakhstan's Security Council secretary, Gizat Nurdauletov,": a person, no body or award
    # a name has a word the language lacks ("Rutte", "Lukashenko"); "Public Television" has none
    named = any(lexicon.entry(claim.tokens[i].word) is None for run in runs for i in run)
    return kinds.get(other) == "person" and not named


def _named_as_a_person(claim: Reading, runs: list[list[int]], body: str) -> bool:
    """True when a word for a person stands just before an unknown name ("secretary,
    Gizat Nurdauletov", "President X"), in a title that shares no word with the body's
    name ("foreign minister X" may speak for the Ministry of Foreign Affairs)."""
    named = {t.lemma for t in tokenize(body)}
    for run in runs:
        before = claim.tokens[max(0, run[0] - 4) : run[0]]
        if any("noun.person" in lexicon.classes(t.lemma) for t in before[-2:]):
            return not named & {t.lemma for t in before}
    return False


def _titled_otherwise(claim: Reading, runs: list[list[int]], other: str, entities: Sequence[Entity]) -> bool:
    """True when the title the claim gives its unknown name is of another body or state
    than the record's person holds office in ("SCO Secretary General X" for the CSTO's)."""
    person = next((e for e in entities if e.name == other and e.type == "person" and e.role), None)
    if person is None:
        return False
    whose = role_reading(person.role or "")[1]
    claimed = _titled_of(claim, runs)
    return bool(claimed) and bool(whose) and not claimed & whose


def _titled_of(claim: Reading, runs: list[list[int]]) -> set[str]:
    """Whose office the title before an unknown name is: "Belarusian President X" -> belarus."""
    claimed = {q for run in runs for i in title_before(claim, run) for q in qualifiers(claim.tokens[i])}
    claimed |= {
        q
        for m in claim.mentions
        if m.start >= 0 and any(m.end == run[0] - k for run in runs for k in range(1, 4))
        if (q := qualifier_of(m.entity))
    }
    return claimed


def _named_by_title(claim: Reading, runs: Sequence[Sequence[int]], entities: Sequence[Entity]) -> set[str]:
    """The people a claim speaks of by their title, away from its unknown names and
    their own titles: "the Secretary General" for the CSTO's."""
    aside = {i for run in runs for i in (*title_before(claim, list(run)), *run, *_office_taken(claim, run))}
    held = {t.lemma for i, t in enumerate(claim.tokens) if i not in aside}
    found = set()
    for entity in entities:
        if entity.type != "person" or not entity.role:
            continue
        # the office's own words, not whose it is ("CSTO"): as read/roles reads a role
        title = {t.lemma for t in tokens_of(entity.role) if not t.function and not qualifiers(t)}
        if title and title <= held:
            found.add(entity.name)
    return found


def _office_taken(claim: Reading, run: Sequence[int]) -> range:
    """The title an unknown name is said to take: "Stanislav Zas's appointment as
    Secretary General" (his own office, no other person the claim speaks of)."""
    tokens = claim.tokens
    for k in range(run[-1] + 1, min(len(tokens), run[-1] + 4)):
        if tokens[k].word == "as":
            end = k + 1
            while end < len(tokens) and (tokens[end].capitalised or tokens[end].word == "the"):
                end += 1
            return range(k + 1, end)
    return range(0)


def _near_name(ctx: Context, run: list[int]) -> tuple[str, Comparison] | None:
    """A name of a record about the rest of the claim that shares much with the
    claim's unknown name but is not it: the claim names another of its kind."""
    claim = ctx.claim
    if sum(1 for i in run if lexicon.entry(claim.tokens[i].word) is None) >= 2:
        return None  # "Security Council Secretary Sergei Shoigu": a person's title and name, no body's
    words = {claim.tokens[i].lemma for i in run if not claim.tokens[i].function}
    for comparison in ctx.comparisons[:5]:
        if comparison.subject_share < 1.0 or coverage_but(comparison, *words) < SAME_ACT:
            continue
        if not any(how != "none" and c not in words for c, how, _ in comparison.words):
            continue
        if words <= comparison.view.lemmas:
            continue  # the record says these very words ("a Security Council meeting")
        names = [e.name for e in comparison.view.entities] + _capitalised_runs(comparison)
        for name in names:
            theirs = {t.lemma for t in tokenize(name) if not t.function} - {"csto"}
            shared = theirs & words
            if shared and len(shared) / len(theirs | words) >= 0.4 and theirs != words:
                return name, comparison
    return None


def _capitalised_runs(comparison: Comparison) -> list[str]:
    """Names a record's words give that are no entity: "Doctor of Philological Sciences"."""
    runs: list[str] = []
    for reading in (comparison.view.reading, comparison.view.focus):
        if reading is None:
            continue
        current: list[str] = []
        for i, token in enumerate(reading.tokens):
            if i and (token.capitalised or (current and token.word in ("of", "the", "and"))):
                current.append(token.raw)
                continue
            while current and current[-1].lower() in ("of", "the", "and"):
                current.pop()
            if len(current) >= 2:
                runs.append(" ".join(current))
            current = []
        if len(current) >= 2:
            runs.append(" ".join(current))
    return runs


def _swapped(claim: Reading, comparison: Comparison, unknown: list[str], runs: list[list[int]]) -> str | None:
    """An entity the record names, and the claim does not, that stands where the
    claim's unknown name stands: it shares the words around it ("order", "NATO
    Secretary General", "Institute")."""
    if adds_to_the_sources(claim):
        return None  # "also carried by Kazinform": beside the source's outlet, not in its place
    taken = {i for run in runs for i in _office_taken(claim, run)}
    # "Zas's appointment as Secretary General": the office he is said to take names no one else
    named = {m.entity.name for m in claim.mentions if not (m.how == "role" and m.start in taken)}
    around: set[str] = set()
    for name in unknown:
        at = claim.text.find(name)
        window = claim.text[max(0, at - 40) : at + len(name) + 40]
        around |= {t.lemma for t in claim.tokens if t.raw in window and not t.function} - set(name.lower().split())
    around -= {"csto", "organization", "organisation"}  # every record is about the CSTO
    one_word = all(" " not in name for name in unknown)
    best, shared_most = None, 0
    for entity in comparison.view.entities:
        if entity.name in named or entity.type in ("state", "place") or (entity.type == "person" and one_word):
            continue
        words = {
            t.lemma for t in tokenize(f"{entity.name} {entity.role or ''} {entity.description or ''}") if not t.function
        }
        if len(words & around) > shared_most:  # the entity that shares most ("NATO Secretary General": Stoltenberg)
            best, shared_most = entity.name, len(words & around)
    return best
