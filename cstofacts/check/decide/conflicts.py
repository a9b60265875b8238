"""The rules of stage 5 that refute: values the sources give otherwise (a date,
a place, a count, an office, a speaker, an outlet), names swapped, and stances
the other way round. Each is one row of rules.RULES."""

from __future__ import annotations

from cstofacts import lexicon
from cstofacts.check.compare.slots import ABSENT, CONFLICT, MATCH, Comparison
from cstofacts.check.compare.who import of_its_own_act
from cstofacts.check.decide.alignment import adds_to_the_sources
from cstofacts.check.decide.context import (
    REFUTED,
    SAME_ACT,
    SUPPORT_COVERAGE,
    Context,
    Outcome,
    coverage_but,
)
from cstofacts.check.decide.unknowns import office_of
from cstofacts.check.read.clauses import occasions_in_order
from cstofacts.check.read.names import Mention
from cstofacts.check.read.reading import Reading
from cstofacts.check.termsets import (
    DETERMINERS,
    OBJECT_RELATIVES,
    PAST_OFFICE,
    PREPOSITIONS,
)
from cstofacts.check.words import tokenize, word_before


def role_conflict(ctx: Context) -> Outcome | None:
    """A title the sources give one person, given to another: "NATO Secretary General
    Imangali Tasmagambetov", "NATO Secretary General Mark Rutte", "Sergei Lavrov, head
    of the Belarusian Ministry of Foreign Affairs"; or another title before or after a name."""
    claim = ctx.claim
    for role in (m for m in claim.mentions if m.how == "role"):
        phrase = _role_phrase(claim, role.start, role.end)
        for other in claim.mentions:
            if (
                other.entity.type == "person"
                and other.how != "role"
                and other.entity.name != role.entity.name
                and _beside(claim, role.start, other.start, other.end)
                and not _own_title_first(claim, role.start, other)
            ):
                said = f"; {other.entity.name} is {other.entity.role}" if other.entity.role else ""
                return Outcome(REFUTED, f"role: the source's {phrase} is {role.entity.name}{said}")
        for other in claim.mentions:
            # "The Armenian prime minister who ... was Jens Stoltenberg": the name equated with the opening title
            equated = other.entity.type == "person" and other.how != "role" and other.start > role.end
            if (
                equated
                and other.entity.name != role.entity.name
                and office_of(claim, list(range(other.start, other.end))) == role
            ):
                return Outcome(REFUTED, f"role: the source's {phrase} is {role.entity.name}, not {other.entity.name}")
        for run in ctx.unknown_runs:
            if not _beside(claim, role.start, run[0], run[-1] + 1):
                continue
            # Titles change hands: another holder refutes only on the occasion the source tells of.
            unknown = " ".join(claim.tokens[i].raw for i in run)
            aside = {claim.tokens[i].lemma for i in run} | {t.lemma for t in claim.tokens[role.start : role.end]}
            same = [
                c
                for c in ctx.comparisons[:5]
                if role.entity.name in c.view.names
                and coverage_but(c, *aside) >= SUPPORT_COVERAGE
                and len([w for w, _, _ in c.words if w not in aside]) >= 2
            ]
            if same:
                return Outcome(
                    REFUTED, f"role: the source's {phrase} is {role.entity.name}, not {unknown}", (same[0].record,)
                )
    for comparison in ctx.comparisons:  # a person's office is the same in every record of them
        for slot in comparison.slot(CONFLICT):
            if slot.name == "role":
                return Outcome(REFUTED, f"role: the source says {slot.recorded}", (comparison.record,))
    return None


def speaker_conflict(ctx: Context) -> Outcome | None:
    """Words the sources give to someone else."""
    if not ctx.claim.speakers:
        return None
    speakers = {e.name for e in ctx.claim.speakers}
    # the same words, of the same things: the record may lack the speaker (and the outlet
    # they were said to: "In the BelTA interview, it was Tokayev who said"), nothing else it names
    aside = speakers | {e.name for e in ctx.claim.entities if e.type == "outlet"}
    said = [
        c
        for c in ctx.comparisons
        if _plain_coverage(c) >= SPEAKER_COVERAGE
        and set(c.subjects_missing) <= aside
        and not (
            ctx.claim.negated and not c.view.reading.negated
        )  # "would not leave": no words of "leaving is its right"
    ]
    # "According to Sputnik Armenia, it was Pashinyan who said": where the record gives the words
    # to a person, the outlet that carried them clears no other person
    people = {e.name for e in ctx.claim.speakers if e.type == "person"}
    if not said or any(
        s.status == MATCH and (s.claimed in people or not (people and _a_persons_words(c)))
        for c in said
        for s in c.slots
        if s.name == "speaker"
    ):
        return None
    if any(_a_plain_fact(c) for c in said):
        return None  # a source states it as a fact, no one's words: anyone may have said it too
    if any(e.type != "person" and of_its_own_act(ctx.claim, e) for e in ctx.claim.speakers):
        return None
    if adds_to_the_sources(ctx.claim):
        return None  # "Aleynik also argued that ...": beside the source's speaker, not in his place  # "Armenia announced that it was suspending ...": a record may tell the act in another's words
    for comparison in said:
        conflict = [s for s in comparison.slot(CONFLICT) if s.name == "speaker"]
        if conflict:
            slot = conflict[0]
            return Outcome(
                REFUTED,
                f"speaker: the source gives these words to {slot.recorded}, not {slot.claimed}",
                (comparison.record,),
            )
    return None


def _a_persons_words(comparison: Comparison) -> bool:
    """True when the record gives its words to a person, not to an outlet or a text."""
    speaker = comparison.record.speaker
    return any(e.name == speaker and e.type == "person" for e in comparison.view.entities)


def _a_plain_fact(comparison: Comparison) -> bool:
    """A record that states the claim's very words as a fact of the world: no one's
    words, not what a text or an outlet says, and no person's ("Tajikistan, Kyrgyzstan
    and Uzbekistan signed a border agreement in Khujand")."""
    view = comparison.view
    return (
        not view.attributed
        and not view.reading.by_text
        and not view.reading.outlets
        and not any(m.entity.type in ("person", "outlet") for m in view.reading.mentions)  # "Tokayev's remarks"
        and all(how in ("same", "derived") for _, how, _ in comparison.words)
    )


def outlet_conflict(ctx: Context) -> Outcome | None:
    """An interview placed with another outlet: an interview is given to one. A
    report placed with another outlet than the one a record says reported those
    very words ("reported by BelTA" where TASS reported them): the sources name
    one, and readers take another for an error (every blind set's writer did)."""
    if adds_to_the_sources(ctx.claim) or ctx.claim.interval is not None:
        return None  # "also reported by BelTA", "months after the Almaty meeting ... to BelTA": another occasion
    outlets = {m.entity.name for m in ctx.claim.mentions if m.entity.type == "outlet"}
    if (
        len(outlets) + len(ctx.claim.unknown_outlets) >= 2
        and ctx.claim.states_outright
        and occasions_in_order(ctx.claim)
    ):
        return None  # "spoke to BelTA before he gave his interview to Izvestia": each outlet its occasion's
    for comparison in ctx.comparisons[:3]:
        wrong = [s for s in comparison.slot(CONFLICT) if s.name == "outlet country"]
        if wrong and comparison.subject_share == 1.0:  # a country the named outlet is not of
            return Outcome(
                REFUTED, f"outlet: the sources' {wrong[0].recorded}, not {wrong[0].claimed}", (comparison.record,)
            )
    for comparison in ctx.about_it[:3]:
        conflict = [s for s in comparison.slot(CONFLICT) if s.name == "outlet"]
        if comparison.words and not any(how in ("same", "synonym", "derived") for _, how, _ in comparison.words):
            continue  # of the same act only by a loose relation ("published" as "effect"): no occasion to swap
        if conflict and not any(s.name == "outlet" and s.status == MATCH for c in ctx.about_it for s in c.slots):
            return Outcome(
                REFUTED,
                f"outlet: the source says {conflict[0].recorded}, not {conflict[0].claimed}",
                (comparison.record,),
            )
    return None


# Of the claim's words, the share a record telling the order must hold for its
# order to be the claim's: the words are the first act's, the order is the point.
ORDER_WORDS = 0.3


def order_reversed(ctx: Context) -> Outcome | None:
    for comparison in ctx.comparisons:
        reversed_order = [s for s in comparison.slot(CONFLICT) if s.name == "sequence"]
        if reversed_order and comparison.subject_share == 1.0 and comparison.coverage >= ORDER_WORDS:
            return Outcome(
                REFUTED,
                f'the source tells {reversed_order[0].recorded} ("Earlier, ..."); the claim, the other way about',
                (comparison.record,),
            )
    return None


def reversed_preference(ctx: Context) -> Outcome | None:
    for comparison in ctx.about_it[:3]:
        reversed_ = ctx.stance(comparison).preference_reversed
        if reversed_:
            return Outcome(
                REFUTED, f"the source prefers {reversed_[1]} to {reversed_[0]}, not the other way", (comparison.record,)
            )
    return None


def opposite_word(ctx: Context) -> Outcome | None:
    for comparison in ctx.comparisons[:5]:
        stance = ctx.stance(comparison)
        if (
            stance.opposite
            and not stance.attached
            and any(_says_it(other, stance.opposite[0]) for other in ctx.comparisons[:8])
        ):
            continue  # another record says the very word, of the same act: the opposite is of something else
        if (
            stance.opposite
            and comparison.subject_share == 1.0
            and coverage_but(comparison, stance.opposite[0], loose=False) >= SAME_ACT
        ):  # an opposite is of the same act only where the rest is the record's own words
            word, theirs = stance.opposite
            return Outcome(REFUTED, f'the source says "{theirs}", the opposite of "{word}"', (comparison.record,))
    return None


def denial(ctx: Context) -> Outcome | None:
    # a record closer to the claim that states it plainly tells its occasion; a less
    # close one that denies it is of another ("its status has not changed" against
    # "a change of position by Armenia", which a record states word for word)
    plain = max(
        (
            c.coverage
            for c in ctx.about_it[:3]
            if c.coverage >= SUPPORT_COVERAGE and not c.slot(CONFLICT) and not ctx.stance(c).denial
        ),
        default=0.0,
    )
    for comparison in ctx.about_it[:3]:
        stance = ctx.stance(comparison)
        if comparison.coverage < plain:
            continue
        if (
            stance.denial
            and comparison.coverage >= SUPPORT_COVERAGE
            and not comparison.slot(CONFLICT)
            and not comparison.slot(ABSENT)
        ):  # to deny the claim's act, the record must be of its occasion
            if stance.denial == "claim":
                if stance.asked_only or _in_its_condition(comparison):
                    continue  # "dropped plans to leave" against "if it decided to leave": nothing stated to deny
                return Outcome(REFUTED, "the claim denies what the source states", (comparison.record,))
            return Outcome(REFUTED, "the source denies what the claim states", (comparison.record,))
    return None


def _in_its_condition(comparison: Comparison) -> bool:
    """True when the word the claim denies stands in the record's condition ("if the
    Armenian leadership decided to leave"), which states nothing to deny."""
    tokens = comparison.view.reading.tokens
    text = comparison.view.reading.text
    flipped = set(comparison.flipped)
    for i, token in enumerate(tokens):
        if token.word == "if":
            end = next(
                (j for j in range(i + 1, len(tokens)) if "," in text[tokens[j - 1].end : tokens[j].start]), len(tokens)
            )
            if flipped & {t.lemma for t in tokens[i + 1 : end]}:
                return True
    return False


def _beside(claim: Reading, at: int, start: int, end: int) -> bool:
    """True when the title at token `at` and the name at start..end stand together:
    "NATO Secretary General Mark Rutte", "Sergei Lavrov, head of ...", with only
    capitalised words of the title, commas or "the" between."""
    if end <= at:
        gap = range(end, at)
    elif start > at:
        gap = range(at + 1, start)
    else:
        return False
    words = [claim.tokens[i].word for i in gap]
    if any(word in OBJECT_RELATIVES for word in words):
        return False  # "Stoltenberg, whom the Armenian prime minister met": another's title, in a clause of its own
    return len(gap) <= 8 and all(claim.tokens[i].capitalised or claim.tokens[i].function for i in gap)


def _own_title_first(claim: Reading, at: int, person: Mention) -> bool:
    """ "The Armenian foreign minister who spoke ... with the CSTO chief is Ararat Mirzoyan": a title
    after a preposition is another's; the name is the subject's, whose own title opens the sentence."""
    if not person.entity.role:
        return False
    before = word_before(claim.tokens, at, lambda t: t.word in DETERMINERS or t.capitalised)
    if before < 0 or claim.tokens[before].word not in PREPOSITIONS:
        # "The Armenian prime minister who met the NATO Secretary General": the object of
        # the clause's verb is another, the opening title the subject's
        before = next((i for i in range(at - 1, 0, -1) if claim.tokens[i].word in ("who", "that")), -1)
        if before < 0:
            return False
    opening = {t.word for t in claim.tokens[:before]}
    return {t.word for t in tokenize(person.entity.role)} <= opening


def _role_phrase(claim: Reading, at: int, title_end: int) -> str:
    start = at
    while (
        start > 0
        and (claim.tokens[start - 1].capitalised or claim.tokens[start - 1].word in ("of", "the"))
        and claim.tokens[start - 1].word not in PAST_OFFICE  # ("Former CSTO Secretary General": not the title)
    ):
        start -= 1
    end = max(at + 1, title_end)  # "prime minister": the title's lower-case words too
    while end < len(claim.tokens) and (
        # a title's capitalised words name people ("Secretary"), not a name after it ("Stanislav", "Mark")
        (
            claim.tokens[end].capitalised
            and not claim.tokens[end].word.endswith("s")
            and "noun.person" in lexicon.classes(claim.tokens[end].lemma)
        )
        or claim.tokens[end].word in ("general",)
    ):
        end += 1
    return " ".join(t.raw for t in claim.tokens[start:end] if t.word != "the")


# A claim that gives words to someone must match nearly all that a record says,
# word for word or by a synonym, before the record's other speaker refutes it.
SPEAKER_COVERAGE = 0.85


def _plain_coverage(comparison: Comparison) -> float:
    """The share of the claim's words a record holds as they are, or by a synonym or a derivation."""
    if not comparison.words:
        return 1.0
    return sum(1 for _, how, _ in comparison.words if how in ("same", "synonym", "derived")) / len(comparison.words)


def _says_it(comparison: Comparison, word: str) -> bool:
    """True when a record about all the claim names says the claim's word itself."""
    return (
        comparison.coverage >= SUPPORT_COVERAGE
        and comparison.subject_share == 1.0
        and any(c == word and how in ("same", "synonym", "derived") for c, how, _ in comparison.words)
    )
