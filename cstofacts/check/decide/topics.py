"""What a thing is on, and what an occasion took up. Two rules of stage 5 (rules.RULES):
- "another-topic": "cooperation with the UN on climate change", where the source's
  cooperation is "on peacekeeping and counter-terrorism": a thing the record names with
  what it is on, given another subject the record does not have at all, is another thing;
- "other-subject-taken-up": "the March 2023 meeting in Minsk was convened to discuss the
  CSTO's budget", where that meeting's record says it discussed reducing tensions.
topic_unsaid keeps the supported rule from a claim whose subject taken up is unsaid."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from cstofacts import lexicon
from cstofacts.check.compare.slots import CONFLICT, MATCH, Comparison
from cstofacts.check.decide.context import REFUTED, Context, Outcome
from cstofacts.check.lexical import adjective_only, reaches
from cstofacts.check.read.names import GENERIC_ENTITIES
from cstofacts.check.read.reading import Reading
from cstofacts.check.termsets import ADJECTIVE_CLASSES, PREPOSITIONS, VERBS_OF_BEING
from cstofacts.check.words import noun_use

_ON = frozenset({"on"})  # "cooperation on", "a resolution on", "talks on"
_HEAD_WITHIN = 4  # words between the thing and its "on": "cooperation with the UN on"
_HELD = frozenset({"same", "synonym", "derived"})
_RECORD_STOPS = (PREPOSITIONS - {"into"}) | VERBS_OF_BEING


def another_topic(ctx: Context) -> Outcome | None:
    claim = ctx.claim
    if not claim.states_outright:
        return None
    for comparison in ctx.about_it[:3]:
        if comparison.slot(CONFLICT):
            continue
        how = comparison.how_at()
        for on in (i for i, t in enumerate(claim.tokens) if t.word in _ON or _time_of(claim, i)):
            timed = claim.tokens[on].word == "of"
            head = _head(claim, on, how)
            topic, end = _topic(claim, on, timed)
            # the claim's topic must be none of the record's words at all; an occasion a
            # time is of may be only kin to the record's ("founding" and "entry")
            unheld = ("none", "related") if timed else ("none",)
            # (a head both name may close the topic: "on the economic and humanitarian tracks")
            kinds = topic[:-1] if len(topic) > 2 and how.get(topic[-1]) == "same" else topic
            if head is None or not topic or any(how.get(j) not in unheld for j in kinds):
                continue
            if not timed and any(claim.tokens[j].word.endswith("ing") for j in topic):
                continue  # "a resolution on working with the CSTO": an act, which may be the record's in other words
            preposition = claim.tokens[on].word
            theirs = _record_topic(comparison, claim.lemma_at(head), preposition)
            if theirs:
                mine = claim.text[claim.tokens[on + 1].start : claim.tokens[end - 1].end]
                return Outcome(
                    REFUTED,
                    f"the source says {claim.tokens[head].raw} {preposition} {theirs}, not {preposition} {mine}",
                    (comparison.record,),
                )
    return None


# WordNet's verbs of taking up a subject stand for their field ("debate", "address",
# "dedicate", "concentrate" are one step from one of these).
_TAKING_UP = frozenset({"discuss", "devote", "focus"})
_DISCUSSING = frozenset({"discuss"})  # what is discussed is its object; what is devoted to, after "to"
_TOPIC_STOPS = PREPOSITIONS - {"of", "with", "to", "on"}


def topic_unsaid(claim: Reading, comparison: Comparison) -> bool:
    """ "convened to discuss the CSTO's budget", where the record's meeting was on reducing
    tensions: what the claim says is taken up (the words after a verb of taking up a
    subject) is none of the record's, though the occasion is."""
    return _unsaid_topic(claim, comparison) is not None


def _unsaid_topic(claim: Reading, comparison: Comparison) -> tuple[int, int] | None:
    """Where the claim's subject taken up runs (token indexes, end excluded), when none
    of its words is the record's."""
    how = comparison.how_at()
    for at in claim.content:
        span = _taken_up(claim, at)
        if span is None:
            continue
        topic = [j for j in range(*span) if j in claim.content]
        if topic and all(how.get(j) in ("none", "related") for j in topic):
            return span
    return None


def _taken_up(reading: Reading, at: int) -> tuple[int, int] | None:
    """The words a verb of taking up a subject at `at` takes up: what is discussed, or
    what is devoted to ("devoted to", "focused on"); None for no such verb."""
    if not reaches(reading.tokens[at].lemma, _TAKING_UP):
        return None
    start = at + 1
    if not reaches(reading.tokens[at].lemma, _DISCUSSING):
        if start >= len(reading.tokens) or reading.tokens[start].word not in ("to", "on", "upon"):
            return None  # ("concentrating its attention": no subject named)
        start += 1
    end = _phrase_end(reading, start, _TOPIC_STOPS)
    return (start, end) if end > start else None


def other_subject_taken_up(ctx: Context) -> Outcome | None:
    """ "The March 2023 meeting in Minsk was convened to discuss the CSTO's budget": the
    record of that very occasion (its date or place agreeing) says what it took up, and
    the claim's subject is none of its words."""
    claim = ctx.claim
    if not claim.states_outright:
        return None
    for comparison in ctx.comparisons:
        pinned = {s.name for s in comparison.slot(MATCH)} & {"date", "place"}
        # the date or the place of a record about the rest; both, of any record found
        if comparison.slot(CONFLICT) or not (
            pinned == {"date", "place"} or (pinned and comparison in ctx.about_it[:3])
        ):
            continue
        span = _unsaid_topic(claim, comparison)
        if span is None or _names_held(claim, span, comparison):
            continue
        theirs = _record_taken_up(comparison)
        if theirs:
            mine = claim.text[claim.tokens[span[0]].start : claim.tokens[span[1] - 1].end]
            return Outcome(REFUTED, f"the source says it took up {theirs}, not {mine}", (comparison.record,))
    return None


def _names_held(claim: Reading, span: tuple[int, int], comparison: Comparison) -> bool:
    """True when the subject the claim gives names what the record names ("to discuss
    de-escalating the conflict between Kyrgyzstan and Tajikistan", where the record's
    meeting was on tensions between Kyrgyz and Tajik people): the same subject, perhaps,
    in other words."""
    view = comparison.view
    countries = {lexicon.country(w) for w in view.lemmas} - {None, ""}
    start = span[0]
    end = _phrase_end(claim, start, VERBS_OF_BEING)  # on to the clause's end: "... between Kyrgyzstan and"
    return any(
        m.entity.name not in GENERIC_ENTITIES and (m.entity in view.entities or m.entity.name.lower() in countries)
        for m in claim.mentions
        if start <= m.start < end
    )


def _record_taken_up(comparison: Comparison) -> str:
    """What the record says its occasion took up, as it writes it; "" for nothing."""
    for reading in comparison.view.readings:
        for at in range(len(reading.tokens)):
            span = _taken_up(reading, at)
            if span is not None:
                start, _ = span
                end = _phrase_end(reading, start, VERBS_OF_BEING)
                return reading.text[reading.tokens[start].start : reading.tokens[end - 1].end]
    return ""


def _time_of(claim: Reading, of: int) -> bool:
    """ "the anniversary of the signing": a time named by what it is of (a noun WordNet
    has as a time only), which is one occasion."""
    if of < 1 or claim.tokens[of].word != "of":
        return False
    # (not "the year of ...": a year is known by its number, the sources' dates compare it)
    return lexicon.classes(claim.tokens[of - 1].lemma) == {"noun.time"} and claim.tokens[of - 1].lemma != "year"


def _head(claim: Reading, on: int, how: dict[int, str]) -> int | None:
    """The thing the "on" is said of: the nearest content word before it, the record's too."""
    for j in range(on - 1, max(-1, on - 1 - _HEAD_WITHIN), -1):
        if j in how:
            return j if how[j] in _HELD and not claim.tokens[j].capitalised else None
    return None


def _topic(claim: Reading, on: int, timed: bool) -> tuple[list[int], int]:
    """The content words after "on", to the phrase's end (a mark, another preposition,
    a verb of being: "the work on the Collective Forces are put to the test"), and where
    it ends. A time's occasion runs on through its verb ("the anniversary of the treaty
    taking effect was celebrated")."""
    end = _phrase_end(claim, on + 1, PREPOSITIONS if timed else PREPOSITIONS | VERBS_OF_BEING)
    return [j for j in range(on + 1, end) if j in claim.content], end


def _phrase_end(reading: Reading, start: int, stops: AbstractSet[str]) -> int:
    """Where the phrase that starts at `start` ends: at a mark between two words, or at
    a word of `stops`."""
    tokens = reading.tokens
    end = start
    while (
        end < len(tokens)
        and tokens[end].word not in stops
        and reading.text[tokens[end - 1].end : tokens[end].start].strip() in ("", "'s", "’s")
    ):  # (a possessive is inside the phrase: "the CSTO's budget")
        end += 1
    return end


def _record_topic(comparison: Comparison, head: str, preposition: str) -> str:
    """What the record says the same thing is on (or, for a time, of), as it writes it;
    "" for none."""
    for reading in comparison.view.readings:
        tokens = reading.tokens
        for at, token in enumerate(tokens):
            if token.lemma != head:
                continue
            within = range(at + 1, min(len(tokens), at + 1 + _HEAD_WITHIN))
            on = next((k for k in within if tokens[k].word == preposition), None)
            if on is None or on + 1 >= len(tokens):
                continue
            # to a mark, a preposition or a verb: "on peacekeeping and counter-terrorism was ...",
            # "of the entry into force of the Treaty"
            end = _phrase_end(reading, on + 1, _RECORD_STOPS)
            return reading.text[tokens[on + 1].start : tokens[end - 1].end]
    return ""


def another_kind(ctx: Context) -> Outcome | None:
    """ "a trade accord between Tajikistan, Kyrgyzstan and Uzbekistan", where the record
    of the same occasion (its date or place agreeing) has "a border agreement": the thing
    done on it named with a noun of another kind, which is none of the record's words."""
    claim = ctx.claim
    if not claim.states_outright:
        return None
    for comparison in ctx.about_it[:3]:
        pinned = {s.name for s in comparison.slot(MATCH)} & {"date", "place"}
        if comparison.slot(CONFLICT) or comparison.subject_share < 1.0 or not pinned:
            continue
        how = comparison.how_at()
        held = dict(zip(comparison.at, (word for _, _, word in comparison.words), strict=True))
        for j in range(len(claim.tokens) - 1):
            head = j + 1
            if how.get(j) != "none" or how.get(head) not in _HELD or not _kind_before(claim, j):
                continue
            theirs = _record_kind(comparison, held[head], set(held.values()), claim.lemma_at(j))
            if theirs:
                mine = claim.text[claim.tokens[j].start : claim.tokens[head].end]
                return Outcome(REFUTED, f"the source says {theirs}, not {mine}", (comparison.record,))
    return None


def _kind_before(reading: Reading, at: int) -> bool:
    """True when the word at `at` is a noun written small (no adjective: "joint"), right
    before another noun, a space between: "trade accord", "border agreement"."""
    tokens = reading.tokens
    if reading.text[tokens[at].end : tokens[at + 1].start] != " " or tokens[at].word.endswith(("ing", "ed")):
        return False  # ("mounting pressure", "increased pressure": a participle, not a kind)
    opening = at > 0 and (noun_use(reading, at) or adjective_only(tokens[at - 1].lemma))
    return opening and all(not t.capitalised and not t.function and _only_a_noun(t.lemma) for t in tokens[at : at + 2])


def _only_a_noun(lemma: str) -> bool:
    classes = lexicon.classes(lemma)
    return any(c.startswith("noun.") for c in classes) and not classes & ADJECTIVE_CLASSES


def _record_kind(comparison: Comparison, head: str, said: set[str], kind: str) -> str:
    """The record's noun right before its `head` ("border agreement"), as it writes the
    two, where the claim holds no word for it and its `kind` is of another field of
    WordNet's ("trade", an act, against "border", a place: not "frontier"); "" for none."""
    fields = {c for c in lexicon.classes(kind) if c.startswith("noun.")}
    for reading in comparison.view.readings:
        tokens = reading.tokens
        for at in range(1, len(tokens)):
            theirs = tokens[at - 1].lemma
            if (
                tokens[at].lemma == head
                and _kind_before(reading, at - 1)
                and theirs not in said
                and not fields & lexicon.classes(theirs)
            ):
                return reading.text[tokens[at - 1].start : tokens[at].end]
    return ""
