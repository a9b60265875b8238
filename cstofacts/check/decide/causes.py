"""A cause the claim gives for what a record gives another cause of: refuted when
the claim's cause is nowhere in the record ("blames the tension on the pandemic",
where the source says shifts in the balance of forces), or when it turns the
record's cause and effect about ("the pressure was caused by Armenia's change of
position", where the source says the pressure brought the change)."""

from __future__ import annotations

from cstofacts import lexicon
from cstofacts.check.compare.slots import Comparison
from cstofacts.check.decide.context import REFUTED, Context, Outcome, missing_names_among
from cstofacts.check.lexical import kin, match_word
from cstofacts.check.read.causes import Cause, cause_verbs, find_causes
from cstofacts.check.read.reading import Reading
from cstofacts.check.termsets import DETERMINERS
from cstofacts.check.words import Token, words_of

# Words of an effect two statements must share, at least, to be of one effect.
SHARED_EFFECT = 2


def cause_conflict(ctx: Context) -> Outcome | None:
    claim = ctx.claim
    if not claim.states_outright:
        return None  # "was not caused by", "may be due to": no cause stated
    mine = find_causes(claim)
    if not mine:
        return None
    caused_by = {word for c in mine for word in c.cause}
    # the states and places an effect is of ("the conflict between Kyrgyzstan and Tajikistan")
    names = frozenset(word.lower() for e in claim.entities if e.type in ("state", "place") for word in e.name.split())
    found: list[tuple[Cause, Cause, Comparison]] = []  # the claim's cause, a record's of the same effect
    tied = False
    for comparison in ctx.comparisons[:5]:
        if not missing_names_among(comparison, caused_by):
            continue  # about another thing (a name the claim's cause gives may be missing: "on NATO")
        view = comparison.view
        readings = {id(r): r for r in (*view.readings, view.context) if r is not None}
        for recorded in (c for r in readings.values() for c in find_causes(r)):
            for claimed in mine:
                if _reversed(claimed, recorded) and claimed.either_way:
                    tied = True  # "links A to B" where the record says A led to B: tied as the record ties them
                    continue
                if _reversed(claimed, recorded):
                    reason = f"cause: the source gives it the other way about, as caused by {recorded.cause_text}"
                    return Outcome(REFUTED, reason, (comparison.record,))
                if claimed.in_time:
                    continue  # "the meeting preceded the agreement": an order, which other causes leave be
                if _shared(claimed.effect, recorded.effect) >= _enough(claimed.effect) and _shared(
                    (claimed.effect - names) or claimed.effect, recorded.effect
                ):  # the same effect, not merely of the same states ("the conflict" and "the agreement")
                    found.append((claimed, recorded, comparison))
    # An effect may have many causes: the claim's is refuted only where no record of
    # the effect gives it ("the pandemic", where the sources give shifts in the balance of forces).
    if (
        found
        and not tied
        and not any(_shared(claimed.cause, comparison.view.lemmas) for claimed, _, comparison in found)
    ):
        claimed, recorded, comparison = found[0]
        return Outcome(REFUTED, f"cause: the source gives {recorded.cause_text}", (comparison.record,))
    return None


def cause_unsaid(claim: Reading, comparison: Comparison) -> bool:
    """True when the head of the cause a verb lays an effect at the door of ("links the
    pressure to a thaw in relations") is none of the record's: the verb, no content,
    says only that one caused the other, so what caused it must be the record's."""
    if not cause_verbs(claim) and not claim.cause_cues:
        return False
    # (a phrase of causing, "grew out of", is no content either: its cause must be the record's own
    # word for it, not one only related: "an easing of tensions" is no "intensification")
    loose = ("none", "related") if claim.cause_cues else ("none",)
    unsaid = {lemma for lemma, how, _ in comparison.words if how in loose}
    content = {lemma for lemma, _, _ in comparison.words}
    view = comparison.view
    for cause in find_causes(claim):
        head = next(
            (lemma for lemma in (lexicon.lemma(w) for w in words_of(cause.cause_text)) if lemma in cause.cause), None
        )
        if head in unsaid:
            return True
        if not cause.cause & content and not any(find_causes(r) for r in (view.reading, view.focus) if r is not None):
            return True  # "links the risk of crises to NATO": a name as the cause, where the record gives none
    return False


def _enough(words: frozenset[str]) -> int:
    """Words of an effect another must share to be the same: two, and half of them."""
    return max(min(SHARED_EFFECT, len(words)), (len(words) + 1) // 2)


def _reversed(claimed: Cause, recorded: Cause) -> bool:
    """The claim's cause is the record's effect, and its effect the record's cause."""
    return _shared(claimed.cause, recorded.effect) >= _enough(claimed.cause) and _shared(
        claimed.effect, recorded.cause
    ) >= _enough(claimed.effect)


def _shared(mine: frozenset[str], theirs: frozenset[str] | set[str]) -> int:
    """How many of `mine` stand in `theirs`, themselves or as a synonym or derivation."""
    return sum(1 for word in mine if kin(word, theirs))


_REASON_ENDS = frozenset({"that", "which", "who", "when", "while", "and", "but"})
_NOUN_CLASSES = ("noun.",)


def reason_words(reading: Reading, keep_head: bool = False) -> tuple[list[tuple[str, str]], str]:
    """What a "for" phrase gives as the reason ("awarded the order for his contribution
    to the peaceful resolution of conflicts"): its content words, (lemma, word), less
    the head it opens with ("contribution to", "role in"); and the phrase as written."""
    tokens = reading.tokens
    for at, token in enumerate(tokens):
        if token.word != "for" or not at:
            continue
        phrase: list[Token] = []  # the words after "for", to a mark or a clause's start
        for i in range(at + 1, len(tokens)):
            between = reading.text[tokens[i - 1].end : tokens[i].start]
            if any(ch in between for ch in ",;:.()") or tokens[i].word in _REASON_ENDS:
                break
            phrase.append(tokens[i])
        words = [t for t in phrase if not t.function]
        if words and not keep_head:
            head = phrase.index(words[0])
            opens = all(t.word in DETERMINERS for t in phrase[:head])
            if opens and head + 1 < len(phrase) and phrase[head + 1].function:
                words = words[1:]  # "for his contribution to ...": the head, then what it is of
        if words:
            end = phrase[-1].end
            return [(t.lemma, t.word) for t in words], reading.text[token.start : end]
    return [], ""


def reason_conflict(ctx: Context) -> Outcome | None:
    """A reason the claim gives for an award ("awarded the Dostuk order for his
    contribution to fighting drug trafficking") where the record of that thing gives
    another ("for his contribution to the peaceful resolution of conflicts"): none of
    the claim's words of it stands in the record's, and a thing it names, none at all."""
    claim = ctx.claim
    if not claim.states_outright:
        return None
    awards = {m.entity.name for m in claim.mentions if m.entity.type == "award"}
    mine, _ = reason_words(claim) if awards else ([], "")
    if not mine:
        return None  # an award is given for a reason; a plan "for 2026-2030" is no reason
    for comparison in ctx.comparisons[:8]:  # the award's record, however low a reason of other words puts it
        said = {lemma for lemma, _ in mine} | {word for _, word in mine}
        if not awards & set(comparison.subjects_found) or not missing_names_among(comparison, said):
            continue  # about the award; a name the record lacks may be the claim's reason ("ties with NATO")
        theirs, phrase = reason_words(comparison.view.reading, keep_head=True)
        if not theirs:
            continue
        their_words = {lemma for lemma, _ in theirs} | {word for _, word in theirs}
        found = [match_word(lemma, word, their_words)[0] for lemma, word in mine]
        if any(how in ("same", "derived") for how in found):
            return None  # the same reason, in other words
        unsaid = [
            lemma
            for (lemma, word), how in zip(mine, found)
            if how == "none"
            and lexicon.entry(lemma) is not None
            and any(c.startswith(_NOUN_CLASSES) for c in lexicon.classes(lemma))
        ]
        if unsaid:
            return Outcome(REFUTED, f'award: the source gives it "{phrase}"', (comparison.record,))
    return None
