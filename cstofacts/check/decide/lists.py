"""A closed list given with a wrong item: "the three spheres are foreign policy
coordination, military cooperation and economic integration", where the
source's three are foreign policy coordination, military cooperation and joint
counteraction to transnational threats; one thing said to be the only one where
the source names others beside it; and another thing said to be "the main" one.
Rules of stage 5 about things of which there are a set number."""

from __future__ import annotations

import re
from itertools import pairwise

from cstofacts import lexicon
from cstofacts.check.compare.slots import Comparison
from cstofacts.check.decide.context import REFUTED, SAME_ACT, SUPPORT_COVERAGE, Context, Outcome, coverage_but
from cstofacts.check.find.views import RecordView
from cstofacts.check.lexical import match_word
from cstofacts.check.read.frames import after_being
from cstofacts.check.read.listing import RECORD_ITEMS, items
from cstofacts.check.read.names import GENERIC_ENTITIES
from cstofacts.check.read.reading import Reading
from cstofacts.check.slot import MATCH
from cstofacts.check.termsets import DETERMINERS, NAMING_VERBS, PREPOSITIONS, RELATIVE_PRONOUNS
from cstofacts.check.words import Token, tokenize

# A list the source leaves open: its items are examples, not all there are.
_OPEN = re.compile(r"\b(?:others|etc|so on|such as|for example|examples?|among them|including)\b", re.I)


def _content(item: str) -> list[tuple[str, str]]:
    return [(t.lemma, t.word) for t in tokenize(item) if not t.function]


def _holds(item: list[tuple[str, str]], theirs: list[set[str]]) -> bool:
    """True when some item of the source's has a word of this one that names, the same
    or nearly: not a word before another that may qualify it ("joint exercises" are not
    the "joint counteraction")."""
    for words in theirs:
        for at, (lemma, word) in enumerate(item):
            qualifies = at < len(item) - 1 and any(c.startswith("adj.") for c in lexicon.classes(lemma))
            if not qualifies and match_word(lemma, word, words)[0] in ("same", "synonym", "derived"):
                return True
    return False


# One item said to be of a counted whole: "X is one of the three spheres", "X is among the seven areas".
_ONE_OF = re.compile(r"^(?P<item>.+?)\s+(?:is|was|are|were)\s+(?:one\s+of|among)\s+the\s+\w+\s", re.I)


def _whole_list(ctx: Context, comparison: Comparison) -> bool:
    """A claim that counts nothing but gives as many items as the record's counted
    list, naming what it counts ("lists the spheres as A, B and C" for "three
    spheres: ..."): the whole list."""
    said = {t.lemma for t in ctx.claim.tokens}
    return not ctx.claim.counts and any(c.noun in said for c in comparison.view.reading.counts if c.noun)


def wrong_item(ctx: Context) -> Outcome | None:
    """The claim lists as many things as a record's closed list has, or names one
    thing as one of that many, and one of them shares no word with any of the
    record's: refuted, with the source's list."""
    claimed = items(ctx.claim.text)
    one_of = _ONE_OF.match(ctx.claim.text)
    if (not claimed and one_of is None) or ctx.claim.negated:
        return None
    wrong = None
    held_by = -1.0  # the most a record whose list holds every item holds of the rest
    for comparison in ctx.comparisons[:5]:
        record = comparison.record.text
        if comparison.subject_share < 1.0 or _OPEN.search(record):
            continue
        counted = [s for s in comparison.slot(MATCH) if s.name == "number"]
        theirs = items(record, RECORD_ITEMS)
        if not claimed and one_of is not None and counted and theirs:
            claimed = [one_of.group("item")]  # "Economic integration is one of the three spheres"
        elif len(theirs) != len(claimed) or not (counted or _whole_list(ctx, comparison)):
            continue  # the claim counts its items as the record counts its own, or lists them all
        their_words = [{lemma for lemma, _ in _content(item)} for item in theirs]
        unheld = next((item for item in claimed if not _holds(_content(item), their_words)), None)
        about = _of_the_list(ctx.claim, claimed, comparison)
        if unheld is None and len(claimed) > 1:
            if comparison.coverage >= SUPPORT_COVERAGE:
                return None  # the claim's whole list is this record's: another's, lower down, is of other things
            held_by = max(held_by, about)
        elif unheld is not None and wrong is None and about > held_by:
            # (a list holding every item, said of as much besides, is the claim's: no other refutes it)
            listed = ", ".join(theirs[:-1]) + " and " + theirs[-1]
            wrong = Outcome(REFUTED, f"the source's list is {listed}, not {unheld}", (comparison.record,))
    return wrong


def _of_the_list(claim: Reading, claimed: list[str], comparison: Comparison) -> float:
    """The share of what the claim says of its list, its words before the items ("the
    CSTO's track record covers three areas"), that the record holds."""
    start = claim.text.find(claimed[0]) if claimed else -1
    share = comparison.held_share(lambda i: 0 <= claim.tokens[i].start < start)
    return share or 0.0


_ONLY = frozenset({"only", "sole", "single", "alone"})
_ARTICLES = frozenset({"the", "a", "an", "its", "their", "his", "her"})


def claims_alone(reading: Reading) -> bool:
    """True when a sentence says a thing is the only one ("the only instrument that
    matters", "a single scenario"); not "only as a draft", nor "not only"."""
    words = [t.word for t in reading.tokens]
    return any(
        (w in _ONLY and i and words[i - 1] in _ARTICLES)
        # "deploying only the peacekeeping component": only that one, of all there are
        or (w == "only" and words[i + 1 : i + 2] == ["the"] and words[i - 1 : i] != ["not"])
        for i, w in enumerate(words)
    )


def says_alone(view: RecordView) -> bool:
    """True when the record says of something that it is the only one."""
    return any(claims_alone(r) for r in (view.reading, view.focus) if r is not None)


def only_one(ctx: Context) -> Outcome | None:
    """ "Georgia is the only Transcaucasian country with which NATO is increasing
    contacts", where the record names Armenia and Azerbaijan beside Georgia; "armed
    force is the only instrument that matters", where it says "other forms, methods
    and means ... are becoming more important": refuted."""
    claim = ctx.claim
    if claim.negated or not any(t.word in _ONLY for t in claim.tokens):
        return None
    about = [c for c in ctx.comparisons[:3] if c.subject_share == 1.0 and coverage_but(c, *_ONLY) >= SAME_ACT]
    for comparison in about:
        tokens = comparison.view.reading.tokens
        other = next((f"other {b.raw}" for a, b in pairwise(tokens) if a.lemma == "other" and not b.function), "")
        if other:
            return Outcome(REFUTED, f'the source names "{other}" beside it, not it alone', (comparison.record,))
    named = {e.name for e in claim.entities}
    only = next(i for i, t in enumerate(claim.tokens) if t.word in _ONLY)
    near = [m for m in claim.mentions if m.start >= 0 and m.entity.name not in GENERIC_ENTITIES]
    if not near:
        return None
    alone = min(near, key=lambda m: abs(m.start - only)).entity  # what is said to be the only one
    kinds = {alone.type} & {"state", "place", "organisation", "person"}
    for comparison in about:
        others = [e.name for e in comparison.view.entities if e.type in kinds and e.name not in named]
        if others:
            return Outcome(
                REFUTED, f"the source names {', '.join(sorted(others))} beside it, not it alone", (comparison.record,)
            )
    return None


# What there is one of: "the main", "the primary objective", "the key role".
_FIRST = frozenset({"main", "primary", "principal", "chief", "foremost", "central", "top"})
_BEING = frozenset({"is", "are", "was", "were", "remains", "remain", "becomes", "became"})
_OPENERS = frozenset({"that", "said", "says", "argued", "noted"})


def _value_side(reading: Reading, frame: int) -> tuple[set[str], str]:
    """The content words on the other side of the copula from "the main X" (what is
    said to be it), and those words as written."""
    tokens = reading.tokens
    said = set(reading.content) | reading.named  # a name too: "Iran is the main source", the source's Afghanistan
    named_as = _named_as(reading, frame)
    if named_as:  # "names Iran as the main source"
        return {tokens[i].lemma for i in named_as if i in said}, " ".join(tokens[i].raw for i in named_as)
    being = [i for i, t in enumerate(tokens) if t.word in _BEING and i not in reading.reporting]
    if not being:
        return set(), ""
    copula = min(being, key=lambda i: abs(i - frame))
    if copula < frame:  # "solidarity and unity is the primary objective"
        if any(tokens[j].word in RELATIVE_PRONOUNS for j in range(copula + 1, frame)):
            return set(), ""  # "the chief was the one who called unity the main objective": the one who called
        start = copula
        while (
            start > 0
            and tokens[start - 1].word not in _OPENERS
            and "," not in reading.text[tokens[start - 1].end : tokens[start].start]
        ):
            start -= 1
        side = range(start, copula)
    else:  # "the primary objective is solidarity and unity"
        relative = [i for i in range(frame) if tokens[i].word in RELATIVE_PRONOUNS]
        closed = relative and any(  # "the minister who heads ... said the primary objective is X": closed
            tokens[j].word in _OPENERS or j in being for j in range(relative[-1] + 1, frame)
        )
        if relative and not closed:
            return set(), ""  # "the official who called unity the primary objective was Aleynik": the official was
        side = range(copula + 1, len(tokens))
    shown = reading.text[tokens[side[0]].start : tokens[side[-1]].end] if side else ""
    return {tokens[i].lemma for i in side if i in said}, shown


# The verbs that name or regard a thing as something, by WordNet's classes ("names",
# "sees", "regards", "describes", "cites"): where what is named as the main one starts.
_REGARDING_CLASSES = frozenset({"verb.communication", "verb.cognition", "verb.perception"})


def _before_an_aside(reading: Reading, last: int) -> int:
    """The word before an aside set off by commas that ends at `last` ("identifies
    Afghanistan, on the organization's southern frontiers, as the main source"): what
    is named comes before it; `last` itself when no comma closes there."""
    tokens, text = reading.tokens, reading.text
    if last < 1 or "," not in text[tokens[last].end : tokens[last + 1].start]:
        return last
    for k in range(last, 0, -1):
        if "," in text[tokens[k - 1].end : tokens[k].start]:
            return k - 1
    return last


def _regarding(token: Token) -> bool:
    return token.lemma in NAMING_VERBS or bool(lexicon.classes(token.lemma) & _REGARDING_CLASSES)


def _named_as(reading: Reading, frame: int) -> list[int]:
    """What a sentence names "as the main X": the words right before "as", back to the
    verb that names or regards it ("names Iran as", "sees drug trafficking as"); []
    for no such frame."""
    tokens = reading.tokens
    at = frame - 2 if frame >= 2 and tokens[frame - 2].word == "the" else frame - 1
    if at < 1 or tokens[at - 1].word != "as":
        return []
    # a phrase's later words ("drug trafficking") are content as its first is
    phrased = {k + n for k, phrase in reading.phrases.items() for n in range(len(phrase.split()))}
    run: list[int] = []
    participle = False
    last = _before_an_aside(reading, at - 2)
    if (
        last >= 1
        and _regarding(tokens[last])
        and tokens[last].word != tokens[last].lemma
        and tokens[last - 1].capitalised
    ):
        last -= 1  # "with Afghanistan seen as the main source": a participle after what it names
        participle = True
    for i in range(last, -1, -1):
        token = tokens[i]
        # (the word right before "as" is what is named, whatever else it may be: "names attacks as")
        regarding = _regarding(token)
        if i not in reading.named and ((regarding and run) or (i not in reading.content and i not in phrased)):
            break
        run.insert(0, i)
    if run and after_being(tokens, run[0]):
        return []  # "Afghanistan is (still) singled out as the main source": a passive, its subject is named
    before = next((t for t in reversed(tokens[: run[0]]) if t.word not in DETERMINERS), None) if run else None
    if before is not None and before.word in PREPOSITIONS and not participle:
        return []  # "is identified in the article as the main source": where it is named, not what
    return run


def _frame(reading: Reading) -> tuple[int, str] | None:
    for i, token in enumerate(reading.tokens[:-1]):
        if token.word in _FIRST and reading.tokens[i + 1].lemma in {reading.tokens[j].lemma for j in reading.content}:
            return i + 1, reading.tokens[i + 1].lemma
    return None


def _the_same_thing(claim: Reading, mine: set[str], theirs: set[str]) -> bool:
    """Whether the claim's main thing is the record's: most of its words, less names ("the
    CSTO's membership" and "CSTO members"; "according to Tasmagambetov"), are the record's,
    as they are or by a synonym or form ("membership" is no "member" alone)."""
    named = {word.lower() for e in claim.entities for word in e.name.split()}
    own = {w for w in mine if w not in named} or mine
    held = sum(1 for w in own if match_word(w, w, theirs)[0] in ("same", "synonym", "derived"))
    return held * 2 > len(own)


def another_main(ctx: Context) -> Outcome | None:
    """ "Expanding its membership is the CSTO's primary objective", where the source
    says solidarity and unity are: one thing has one main objective; refuted."""
    claim = ctx.claim
    found = _frame(claim)
    if found is None or claim.negated:
        return None
    at, noun = found
    mine, mine_shown = _value_side(claim, at)
    if not mine:
        return None
    for comparison in ctx.comparisons[:3]:
        record = comparison.view.reading
        theirs_frame = _frame(record)
        if comparison.subject_share < 1.0 or theirs_frame is None or theirs_frame[1] != noun:
            continue
        theirs, theirs_shown = _value_side(record, theirs_frame[0])
        if theirs and not _the_same_thing(claim, mine, theirs):
            first = record.tokens[theirs_frame[0] - 1].word
            return Outcome(
                REFUTED, f'the source\'s {first} {noun}: "{theirs_shown}", not "{mine_shown}"', (comparison.record,)
            )
    return None


_JOINING = re.compile(r"^\s*(?:,|,?\s*and|,?\s*or)\s*(?:the\s+)?$", re.I)


def name_groups(reading: Reading, spans: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Runs of names the sentence joins by commas and "and" ("Armenia, Georgia and
    Azerbaijan"), three names or more; spans are (start, end, name) in token order."""
    groups: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for span in sorted(spans):
        if current:
            between = reading.text[reading.tokens[current[-1][1] - 1].end : reading.tokens[span[0]].start]
            if _JOINING.match(between):
                current.append(span)
                continue
            groups.append(current)
        current = [span]
    groups.append(current)
    return [g for g in groups if len(g) >= 3]


def wrong_name_in_list(ctx: Context) -> Outcome | None:
    """The claim lists as many names as a record joins in one list, all but one of
    them the record's, and the one left a name the record's list lacks ("Armenia,
    Georgia and Turkey", where the source names Armenia, Georgia and Azerbaijan):
    refuted, with the source's list."""
    claim = ctx.claim
    if claim.negated or claim.hedges:
        return None
    spans = [(m.start, m.end, m.entity.name) for m in claim.mentions if m.start >= 0]
    spans += [(run[0], run[-1] + 1, name) for run, name in zip(ctx.unknown_runs, ctx.shown_unknown_names)]
    # a country the store has no entity for ("Turkmenistan"): the lexicon's, no unknown name
    spans += [
        (i, i + 1, t.raw)
        for i, t in enumerate(claim.tokens)
        if i not in claim.named and lexicon.country(t.word) == t.word
    ]
    for group in name_groups(claim, spans):
        listed = [name for _, _, name in group]
        for comparison in ctx.comparisons[:5]:
            reading = comparison.view.reading
            theirs = [
                [name for _, _, name in g]
                for g in name_groups(
                    reading, [(m.start, m.end, m.entity.name) for m in reading.mentions if m.start >= 0]
                )
            ]
            named = {e.name for e in claim.entities}
            for their in theirs:
                odd = [name for name in listed if name not in their]
                if len(their) != len(listed) or len(odd) != 1 or odd[0] in GENERIC_ENTITIES:
                    continue
                if any(name in named or name in GENERIC_ENTITIES for name in their if name not in listed):
                    continue  # the claim names the source's other one elsewhere (the CSTO itself): another list
                if (
                    set(comparison.subjects_missing) - set(odd)
                    or coverage_but(comparison, *_lemmas(odd)) < SAME_ACT / 2
                ):
                    continue
                shown = ", ".join(their[:-1]) + " and " + their[-1]
                return Outcome(REFUTED, f"the source's list is {shown}, not {odd[0]}", (comparison.record,))
    return None


def _lemmas(names: list[str]) -> list[str]:
    return [t.lemma for name in names for t in tokenize(name)]
