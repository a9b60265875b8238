"""Names no source gives, in a place the sources fill with another (issue 19's
single-valued slots, which a value the sources never name refutes):
- who holds an office: "The Kazakh president who urged calm was Nursultan
  Nazarbayev", "given by CSTO Secretary General Stanislav Zas": the sources'
  Kazakh president is Tokayev, their Secretary General Tasmagambetov;
- the outlet of remarks the sources have from one outlet only ("reported by RIA
  Novosti", where TASS reported them);
- the place of a one-off occasion ("signed in Osh", where it was signed in Khujand)."""

from __future__ import annotations

from cstofacts import lexicon
from cstofacts.check.compare.occasion import one_off
from cstofacts.check.compare.slots import CONFLICT, Comparison
from cstofacts.check.decide.alignment import adds_to_the_sources
from cstofacts.check.decide.context import (
    REFUTED,
    SAME_ACT,
    SUPPORT_COVERAGE,
    Context,
    Outcome,
    coverage_but,
    listing,
)
from cstofacts.check.read.names import Mention
from cstofacts.check.read.reading import Reading
from cstofacts.check.read.saying import reporting_verb
from cstofacts.check.termsets import COPULAS, NEGATIONS, PAST_OFFICE


def unknown_holder(ctx: Context) -> Outcome | None:
    claim = ctx.claim
    if claim.hedges:
        return None  # "may have been Zas": no holder for certain
    for run in ctx.unknown_runs:
        if claim.tokens[run[0] - 1].word in NEGATIONS:
            continue
        office = office_of(claim, run)
        if office is None or _held_once(claim, office):
            continue  # "former CSTO Secretary General Stanislav Zas": an office held before the sources' holder
        saying = _saying_after(claim, run)
        if not (_person_shaped(claim, run) or (office.end == run[0] and saying)):
            # a title right before a name that says something is a person's ("foreign minister
            # Maxim Ryzhenkov said"); "met NATO Secretary General Mark ..." may be another meeting
            continue
        holder = office.entity.name
        aside = _words_of(claim, [run]) | saying
        # words said are the holder's only where the record has them, not their kin
        # ("said the CSTO would hold exercises" is no "stated that unity is ...")
        needed, loose = (SUPPORT_COVERAGE, False) if saying else (SAME_ACT, True)
        about = [
            c
            for c in ctx.comparisons[:5]
            if c.subject_share == 1.0
            and not c.slot(CONFLICT)
            and coverage_but(c, *aside, loose=loose) >= needed
            and holder in _people(c)
        ]
        if about:
            title = " ".join(t.raw for t in claim.tokens[office.start : office.end])
            name = " ".join(claim.tokens[i].raw for i in run)
            return Outcome(REFUTED, f"the sources' {title} is {holder}, not {name}", (about[0].record,))
    return None


def _words_of(claim: Reading, runs: list[list[int]]) -> set[str]:
    """The claim's words a name no source gives is written in: left aside when a record
    is about the rest of the claim."""
    return {claim.lemma_at(i) for run in runs for i in run if i in claim.content}


def _saying_after(claim: Reading, run: list[int]) -> set[str]:
    """The verb of saying right after the name ("Stanislav Zas said ..."): whose words,
    left aside with the name, as a known speaker's "said" would be."""
    after = run[-1] + 1
    if after >= len(claim.tokens):
        return set()
    following = [t.word for t in claim.tokens[after + 1 : after + 3]]
    return {claim.lemma_at(after)} if reporting_verb(claim.tokens[after], following) else set()


def _held_once(claim: Reading, office: Mention) -> bool:
    """An office said to be held once, not now: "former", "ex-" or "then" before its title."""
    before = claim.tokens[max(0, office.start - 3) : office.start]
    return any(t.word in PAST_OFFICE or t.word.startswith("ex-") for t in before)


def _person_shaped(claim: Reading, run: list[int]) -> bool:
    """Two capitalised words or more, none a word of the language: a person's name."""
    tokens = [claim.tokens[i] for i in run]
    return len(tokens) >= 2 and all(t.capitalised and lexicon.entry(t.word) is None for t in tokens)


def office_of(claim: Reading, run: list[int]) -> Mention | None:
    """The office, named by its title, that the name is given as the holder of: the
    title right before it ("CSTO Secretary General Stanislav Zas"), or the title
    the sentence opens with, equated with the name at its end ("The Kazakh
    president who ... was Nursultan Nazarbayev")."""
    offices = [m for m in claim.mentions if m.how == "role" and m.entity.type == "person"]
    for mention in offices:
        if mention.end == run[0]:
            return mention
    after = [t for t in claim.tokens[run[-1] + 1 :] if t.word.isalnum()]
    # "... was Nursultan Nazarbayev": the copula says the name is who holds the office
    if run[0] and claim.tokens[run[0] - 1].word in COPULAS and not after:
        named = claim.named
        opening = [m for m in offices if all(t.function or i in named for i, t in enumerate(claim.tokens[: m.start]))]
        if opening:
            return opening[0]
    return None


def _people(comparison: Comparison) -> set[str]:
    """The people a record speaks of: its speaker and the people it names."""
    view = comparison.view
    found = {e.name for e in view.entities if e.type == "person"}
    if comparison.record.speaker:
        found.add(comparison.record.speaker)
    return found


# A record about the remarks must hold this much of the claim besides the outlet's
# name: the remarks are the same ones, however drafts word them.
REMARKS_COVERAGE = 0.4


def unknown_outlet(ctx: Context) -> Outcome | None:
    """An outlet no source names, given for remarks the sources have from one outlet
    only: "Tokayev's call for calm was reported by RIA Novosti", where every record
    of Tokayev's remarks is TASS's report; "Tasmagambetov spoke of Armenia and NATO
    to Kommersant", where the one source that has him on both is Izvestia's interview."""
    claim = ctx.claim
    runs = [run for run in ctx.unknown_runs if run[0] in claim.unknown_outlets]
    if not runs or claim.hedges or adds_to_the_sources(claim) or any(denied_before(claim, run) for run in runs):
        return None
    people = {e.name for e in claim.entities if e.type == "person"}
    if not people:
        return None  # whose remarks, the sources cannot tell
    aside = _words_of(claim, runs)
    wanted = {e.name for e in claim.subjects}
    by_source: dict[str, list[Comparison]] = {}
    for comparison in ctx.comparisons[:8]:
        if coverage_but(comparison, *aside) >= REMARKS_COVERAGE:
            by_source.setdefault(comparison.record.source.id, []).append(comparison)
    # the subjects may be spread over the source's records: the interview has Armenia in one
    # answer and NATO in the next ("discussed Armenia and NATO in an interview with Kommersant")
    named_in: dict[str, set[str]] = {}
    for comparison in ctx.comparisons[:8]:
        named_in.setdefault(comparison.record.source.id, set()).update(comparison.subjects_found)
    whole = [
        found
        for source_id, found in by_source.items()
        if any(people & _people(c) for c in found)
        and wanted <= named_in[source_id]
        and not any(s.name != "outlet" for c in found for s in c.slot(CONFLICT))
    ]
    if len(whole) != 1:
        return None
    source = whole[0][0].record.source
    outlets = sorted(source.outlets)
    if not outlets or {e.name for e in claim.entities} & set(outlets):
        return None  # "by RIA Novosti and TASS": beside the source's outlet, not in its place
    name = ctx.shown_unknown_names[ctx.unknown_runs.index(runs[0])]
    return Outcome(
        REFUTED,
        f"outlet: the source says {listing(outlets)}, not {name}",
        tuple(c.record for c in whole[0][:2]),
    )


def denied_before(claim: Reading, run: list[int]) -> bool:
    """A negation just before the outlet's name: "was not reported by RIA Novosti"."""
    return any(t.word in NEGATIONS for t in claim.tokens[max(0, run[0] - 4) : run[0]])


# Words before a place: "signed in Osh", "held at Issyk-Kul".
_AT = frozenset({"in", "at"})


def unknown_place(ctx: Context) -> Outcome | None:
    """A name no source gives, after "in" or "at", for a one-off occasion whose
    record gives its place: "the border agreement was signed in Osh" (Khujand)."""
    claim = ctx.claim
    runs = [run for run in ctx.unknown_runs if run[0] and claim.tokens[run[0] - 1].word in _AT]
    if not runs or claim.hedges or adds_to_the_sources(claim) or any(denied_before(claim, run) for run in runs):
        return None
    aside = _words_of(claim, runs)
    for comparison in ctx.comparisons[:3]:
        place = comparison.record.place
        if (
            place
            and comparison.subject_share == 1.0
            and not comparison.slot(CONFLICT)
            and coverage_but(comparison, *aside) >= SAME_ACT
            and one_off(claim, comparison, "place")
        ):
            name = ctx.shown_unknown_names[ctx.unknown_runs.index(runs[0])]
            return Outcome(REFUTED, f"place: the source says {place}, not {name}", (comparison.record,))
    return None


# What stands between the names of a list: "the CSTO, the X and the SCO".
_LIST_JOINTS = frozenset({"the", "and", ",", "as", "well"})


def _listed_with(claim: Reading, run: list[int], start: int, end: int) -> bool:
    """True when the name at `run` and the one at start..end stand in one list, nothing
    but commas, "and" and "the" between them ("the CSTO, the Eurasian Economic Union")."""
    if end <= run[0]:
        gap = claim.text[claim.tokens[end - 1].end : claim.tokens[run[0]].start]
    elif run[-1] < start:
        gap = claim.text[claim.tokens[run[-1]].end : claim.tokens[start].start]
    else:
        return False
    words = gap.replace(",", " , ").split()
    return bool(words) and set(words) <= _LIST_JOINTS and ("," in words or "and" in words)


def unknown_party(ctx: Context) -> Outcome | None:
    """A name no source gives, listed among the parties a document's name gives:
    "the roadmap ... concerns cooperation among the CSTO, the Eurasian Economic Union
    and the SCO", where the Roadmap is for cooperation between the CSTO, CIS and SCO."""
    claim = ctx.claim
    if not ctx.unknown_runs or claim.negated or claim.hedges:
        return None
    documents = {e.name for e in claim.entities if e.type == "document"}
    for comparison in ctx.comparisons[:3]:
        names = [e for e in comparison.view.entities if e.name in documents]
        if not names or comparison.subject_share < 1.0:
            continue
        inside = names[0].name.lower()
        parties = [
            e.name
            for e in comparison.view.entities
            if e.type in ("organisation", "state") and e.name.lower() in inside.replace(",", " ").split()
        ]
        listed = [m for m in claim.mentions if m.entity.name in parties and m.start >= 0]
        for run, name in zip(ctx.unknown_runs, ctx.shown_unknown_names):
            # the whole name as written ("the Eurasian Economic Union", whose first word is one of the language)
            whole = next((shape for shape in ctx.name_shapes if set(run) <= set(shape)), run)
            if len(parties) >= 2 and any(_listed_with(claim, whole, m.start, m.end) for m in listed):
                name = " ".join(claim.tokens[i].raw for i in whole)
                return Outcome(
                    REFUTED,
                    f"the {names[0].name} names {listing(parties)} as its parties, not {name}",
                    (comparison.record,),
                )
    return None
