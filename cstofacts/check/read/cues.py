"""How a sentence stands to what it says: what its negations deny (to the end of
their clause), its hedges and certainty, conditions, questions, and which of two
things it prefers. Part of stage 1 (reading); stage 4 (polarity) compares them."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from cstofacts import lexicon
from cstofacts.check.lexical import adverb_only, kin, noun_only, reaches
from cstofacts.check.read.attribution import quoted_spans
from cstofacts.check.read.certainty import certain_adjective, certain_adverb, phrase_of_certainty, sure_that
from cstofacts.check.read.frames import hedging, meaning_to, serves_as
from cstofacts.check.read.preference import preference
from cstofacts.check.termsets import (
    ABSENCE_ADJECTIVES,
    ABSENCE_NOUNS,
    COME_ABOUT,
    CONDITION_PHRASES,
    CONDITIONS,
    COPULAS,
    DETERMINERS,
    DOUBT_NEGATIONS,
    DOUBTS,
    ENDING_VERBS,
    EVERY_TIME,
    LIGHT_VERBS,
    MODALS,
    MODIFIER_CLASSES,
    NEGATING_ADJECTIVES,
    NEGATING_VERBS,
    NEGATION_TIMES,
    NEGATIONS,
    NOT_ALONE,
    OPPOSING_VERBS,
    QUESTION_WORDS,
    VERBS_OF_BEING,
)
from cstofacts.check.words import MIN_QUOTE_WORDS, Token, past_verb, positions

if TYPE_CHECKING:
    from cstofacts.check.read.reading import Reading


def read_stance(reading: Reading) -> None:
    tokens = reading.tokens
    words = [t.word for t in tokens]
    # a term set off in quotation marks is not the stance ("the absence of so-called
    # "rigid" discipline"); a quotation's own words are ("... the absence of ...," he said)
    terms = [(a, b) for a, b in quoted_spans(reading.text) if len(reading.text[a:b].split()) < MIN_QUOTE_WORDS]
    doubt_denied = -1  # the "doubt" of "no doubt", read with its "no"
    for i, token in enumerate(tokens):
        if any(a <= token.start < b for a, b in terms):
            continue
        if i in reading.dated or i == doubt_denied:
            continue  # "in May 2024": a month, not "may"
        if (
            token.word in DOUBT_NEGATIONS
            and i + 1 < len(tokens)
            and tokens[i + 1].word in DOUBTS
            and (token.word == "without" or tokens[i + 1].word.startswith("doubt"))
        ):
            reading.certain.append(f"{token.word} {tokens[i + 1].word}")  # "without doubt": certain, no denial
            doubt_denied = i + 1
        elif token.word in NEGATIONS and [t.word for t in tokens[i + 1 : i + 3]] == ["in", "doubt"]:
            reading.certain.append(f"{token.word} in doubt")  # "is not in doubt": certain, no denial
            doubt_denied = i + 2
            reading.stance_at |= {i, i + 1, i + 2}
        elif (
            (token.word in NEGATIONS and not _not_alone(tokens, i))
            or (
                token.lemma in NEGATING_VERBS
                and (token.lemma not in ENDING_VERBS | OPPOSING_VERBS or _act_follows(tokens, i))
                and not _ends_its_clause(reading.text, tokens, i)  # ("the importance ... declines.": it lessens)
            )
            or token.lemma in ABSENCE_NOUNS
            or _absent(tokens, i)
            or (token.word in ABSENCE_ADJECTIVES and i + 1 < len(tokens) and tokens[i + 1].word in ("of", "from"))
            or _yet_to(tokens, i)
            or _against_doing(tokens, i)
            or _negating_adjective(tokens, i, reading.text)
            or _denies_that(tokens, i)
        ):
            reading.negations.append(i)
        elif _doubts(tokens, i):
            reading.doubts.append(token.word)
            reading.stance_at.add(i)
        elif hedging(tokens, i):
            reading.hedges.append(token.word)
        elif token.word in COME_ABOUT | EVERY_TIME or certain_adverb(token.word) or certain_adjective(tokens, i):
            reading.certain.append(token.word)
        elif i and phrase_of_certainty(tokens, i):
            reading.certain.append(f"{tokens[i - 1].word} {token.word}")  # "for certain": "certainly"
        elif sure_that(tokens, i):
            reading.certain.append(token.word)
            reading.stance_at.add(i)
    reading.negations = _not_cancelled(reading.tokens, reading.negations)
    reading.denied, reading.denied_heads = _scopes(reading)
    reading.hedged = _hedge_scopes(reading)
    reading.conditional = (
        any(
            w in CONDITIONS and not (i and words[i - 1] in ("even", "as")) for i, w in enumerate(words)
        )  # "even if": granted; "as if": a likeness
        or any(positions(words, p) for p in CONDITION_PHRASES)
        or "would" in words
    )
    reading.question = reading.text.rstrip().endswith("?") and bool(words) and words[0] in QUESTION_WORDS
    reading.preferred = preference(reading)


def _ends_its_clause(text: str, tokens: list[Token], i: int) -> bool:
    """True when a word is the last of its clause: a mark or the end follows it."""
    return i + 1 >= len(tokens) or text[tokens[i].end : tokens[i + 1].start].strip()[:1] in (".", ",", ";")


def _not_alone(tokens: list[Token], i: int) -> bool:
    """ "not only X", "not the first year that X": X holds, and more besides."""
    after = [t.word for t in tokens[i + 1 : i + 3]] + ["", ""]
    return tokens[i].word == "not" and (after[0] in NOT_ALONE or (after[0] in ("the", "a") and after[1] in NOT_ALONE))


# WordNet's verb of saying yes: what it opposes ("contradict", "negate"), or a kind of
# it, says no to the clause it reports.
AFFIRMING = "affirm"


def _denies_that(tokens: list[Token], i: int) -> bool:
    """ "denied that the CSTO has proved effective": a verb that WordNet puts among
    the opposites of affirming, or below one ("deny" is a kind of "contradict"),
    denies the clause it reports."""
    if i + 1 >= len(tokens) or tokens[i + 1].word != "that":
        return False
    affirming = lexicon.entry(AFFIRMING)
    return affirming is not None and reaches(tokens[i].lemma, affirming.antonyms)


def _doubts(tokens: list[Token], i: int) -> bool:
    """True when the word at `i` doubts what follows: "whether" with no "or" after it
    (an open question, not a choice between two), or a word WordNet gives for
    uncertainty ("doubtful", "unsure", "doubt"; "without doubt" is read before)."""
    if tokens[i].word == "whether":
        return not any(t.word == "or" for t in tokens[i + 1 :])
    entry = lexicon.entry(tokens[i].lemma)
    return entry is not None and bool({"uncertain", "uncertainty"} & (entry.synonyms | {entry.word}))


def _act_follows(tokens: list[Token], i: int) -> bool:
    """True when an act follows the verb at `i`, which it ends: "to" or "from" it, a
    gerund ("stopped framing", "stop habitually framing"), one after "of" ("drop the
    habit of framing") or the "to" of a plan's ("dropped plans to build up")."""
    words = ([t.word for t in tokens[i + 1 : i + 7]] + [""] * 7)[:7]  # (as many as act_at may read)

    def act_at(j: int) -> bool:
        return words[j].endswith("ing") or (words[j].endswith("ly") and words[j + 1].endswith("ing"))

    def follows_at(j: int) -> bool:  # after "of", or the "to" of a plan's
        verb = any(c.startswith("verb.") for c in lexicon.classes(words[j + 1]))
        return (words[j] == "of" and act_at(j + 1)) or (words[j] == "to" and verb)

    return words[0] in ("to", "from") or act_at(0) or any(follows_at(j) for j in range(4))


def _negating_adjective(tokens: list[Token], i: int, text: str) -> bool:
    """ "is unable to cope", "remains quite difficult to calculate": an adjective that
    denies the act after it, said of the subject ("worked hard to urge" is no denial)."""
    if tokens[i].word not in NEGATING_ADJECTIVES or i + 1 >= len(tokens) or tokens[i + 1].word not in ("to", "of"):
        return False
    aside = _past_an_aside(tokens, i, text)
    near = [*tokens[max(0, i - 3) : i], *tokens[max(0, aside - 3) : aside]]
    if any(t.word in COPULAS or t.lemma in ("remain", "seem", "become") for t in near):
        return True
    # "consider the effect ... hard to predict": said of the object of a verb of regarding,
    # with no clause of its own between ("considers that he worked hard to": no denial)
    for k in range(i - 1, max(-1, i - _OBJECT_REACH - 1), -1):
        if tokens[k].word == "that" or past_verb(tokens[k]):
            return False
        if reaches(tokens[k].lemma, _REGARDING) and tokens[k].word != tokens[k].lemma + "ing":
            return True
    return False


# The verb whose kinds say what their object is: "consider", "deem", "regard", "think".
_REGARDING = frozenset({"consider"})
# How long the object may be: "the effect of the regional security factors an Armenian exit would trigger".
_OBJECT_REACH = 14


def _past_an_aside(tokens: list[Token], i: int, text: str) -> int:
    """Where the words before token `i` resume past an aside set off by commas ("are, by
    the Secretariat's account, quite hard to predict"): the aside's first word, or `i`."""
    commas = [k for k in range(max(1, i - 8), i + 1) if "," in text[tokens[k - 1].end : tokens[k].start]]
    return commas[-2] if len(commas) >= 2 else i


def _absent(tokens: list[Token], i: int) -> bool:
    """ "X is absent": X is not there, as "the absence of X" says (an adjective of a noun of absence)."""
    return (
        i > 1
        and tokens[i - 1].word in VERBS_OF_BEING
        and not tokens[i - 2].capitalised  # ("Tasmagambetov was absent from the meeting": he was not there)
        and kin(tokens[i].lemma, ABSENCE_NOUNS)
    )


def _of_absence(token: Token) -> bool:
    """ "the absence of X", "free of X": X is not there (what is said of the absence is)."""
    return token.lemma in ABSENCE_NOUNS or token.word in ABSENCE_ADJECTIVES


_WHO = frozenset({"noun.person", "noun.group"})


def _a_thing(token: Token) -> bool:
    """A noun written small and nothing else, no person ("barriers", not "members", "strongly")."""
    return not token.capitalised and noun_only(token.lemma) and not lexicon.classes(token.lemma) & _WHO


def _against_doing(tokens: list[Token], i: int) -> bool:
    """ "warned against portraying", "argued against expanding": after a verb of saying,
    the act is one not to do, a denial ("measures against recruiting citizens" names
    what the measures oppose)."""
    if tokens[i].word != "against" or not 0 < i < len(tokens) - 1:
        return False
    # the act: an -ing form right after it, or past an adverb ("against constantly
    # describing"); not a noun's ("calls for measures against drug trafficking")
    after = tokens[i + 1 : i + 3]
    act = after[0].word.endswith("ing") or (
        len(after) == 2 and after[1].word.endswith("ing") and adverb_only(after[0].word)
    )
    if not act:
        return False
    # the verb of saying, past its object, who is warned ("cautioned CSTO members against ...";
    # not "calls for barriers against recruiting": what the barriers oppose)
    return any(
        "verb.communication" in lexicon.classes(t.lemma)
        and t.word != t.lemma  # "warned": a verb's form, not a noun
        and not any(_a_thing(u) for u in tokens[k + 1 : i])
        for k, t in enumerate(tokens[max(0, i - 4) : i], max(0, i - 4))
    )


YET = "yet"  # "has yet to": its synonyms too ("has still to")


def _yet_to(tokens: list[Token], i: int) -> bool:
    """ "has yet to prove itself", "is yet to be signed", or by a synonym WordNet gives
    of "yet" ("has still to prove itself"): not done so far, a denial."""
    return (
        (tokens[i].word == YET or YET in lexicon.synonyms(tokens[i].word))
        and 0 < i < len(tokens) - 1
        and tokens[i + 1].word == "to"
        and tokens[i - 1].word in VERBS_OF_BEING
    )


# Where a negation's reach ends: the clause.
_CLAUSE_ENDS = frozenset({"but", "while", "whereas", "although", "though", "yet", "instead", "rather"})


def _scopes(reading: Reading) -> tuple[set[int], set[int]]:
    """The tokens a negation denies, from the cue to the end of its clause (a comma
    or semicolon, a dash, "but", "while", "rather"), at most 25 words on; "the
    absence of X" denies only X. And the first word of what each denies."""
    tokens = reading.tokens
    text = reading.text
    denied: set[int] = set()
    heads: set[int] = set()
    for cue in reading.negations:
        head = first = None
        if _absent(tokens, cue):  # "rigid bloc discipline is absent": what is absent is denied
            subject = _subject_of_done(reading, cue - 1)
            denied |= set(subject)
            heads.update(j for j in subject if not tokens[j].function)
            continue
        for j in range(cue + 1, min(len(tokens), cue + 26)):
            between = text[tokens[j - 1].end : tokens[j].start]
            if any(mark in between for mark in ",;:.()\u2014\u2013") or (
                tokens[j].word in _CLAUSE_ENDS and not (tokens[j].word == "yet" and j == cue + 1)
            ):  # "not yet demonstrated": the "yet" is the negation's own
                break
            if tokens[j].word == "and" and j + 1 < len(tokens) and _finite_verb(tokens[j + 1]):
                break  # "without rigid bloc discipline and called this a strength": a new predicate
            if _of_absence(tokens[cue]) and (
                tokens[j].word in VERBS_OF_BEING or (first is not None and tokens[j].word in DETERMINERS)
            ):
                break  # "the absence of X is ...", "called the absence of X a strength": X alone is absent
            denied.add(j)
            if tokens[j].function or tokens[j].word in NEGATIONS or (j == cue + 1 and tokens[j].word in NEGATION_TIMES):
                continue  # "no longer", "not yet": the negation's own words, not what it denies
            first = j if first is None else first
            if (
                head is None
                and not meaning_to(tokens, j)  # "does not seek to serve": the serving is denied
                and not serves_as(tokens, j)  # "does not want to act as a counterweight": the same
                and not lexicon.classes(tokens[j].lemma) <= MODIFIER_CLASSES
                and tokens[j].lemma not in LIGHT_VERBS
                and j not in reading.named
            ):
                # the act or thing denied, not a word that only qualifies it ("habitually"),
                # nor a light verb, whose act is its noun's ("does not take into account"),
                # nor a name whose act follows ("does not take NATO's activity into account")
                head = j
        if tokens[cue].word == "no":
            head = _verb_of_no_subject(tokens, cue, head)
        if any(_done(tokens, j) for j in range(cue + 1, min(len(tokens), cue + 4))):
            subject = _subject_of_done(reading, cue)
            denied |= set(subject)  # "harmonizing national laws cannot be done": the harmonizing is denied
            head = next((j for j in subject if not tokens[j].function), head)
        if head is not None or first is not None:
            heads.add(head if head is not None else first)  # type: ignore[arg-type]
    return denied, heads


def _not_cancelled(tokens: list[Token], cues: list[int]) -> list[int]:
    """The negations but a verb of ending that one of them denies: "have not stopped
    working" denies the stopping, and the working goes on."""
    cancelled: set[int] = set()
    for cue, inner in pairwise(cues):
        if tokens[cue].word in NEGATIONS and tokens[inner].lemma in NEGATING_VERBS and inner - cue <= 2:
            cancelled.add(inner)
    return [cue for cue in cues if cue not in cancelled]


def _verb_of_no_subject(tokens: list[Token], cue: int, head: int | None) -> int | None:
    """ "no country can cope alone": the act a subject after "no" is denied (the verb
    after its modal), not the subject itself."""
    for k in range(cue + 2, min(len(tokens) - 1, cue + 5)):
        if tokens[k].word in MODALS:
            return k + 1 if not tokens[k + 1].function else head
    return head


def _done(tokens: list[Token], at: int) -> bool:
    """ "cannot be done": the verb that stands for an act named before it."""
    return tokens[at].lemma == "do" and at > 0 and tokens[at - 1].word in VERBS_OF_BEING | {"be"}


def _subject_of_done(reading: Reading, cue: int) -> list[int]:
    """The tokens of the clause before a negation, back to a comma or "that": what
    "cannot be done" says cannot be done."""
    tokens, text = reading.tokens, reading.text
    start = cue
    while start > 0 and tokens[start - 1].word != "that" and start - 1 not in reading.reporting:
        if any(mark in text[tokens[start - 1].end : tokens[start].start] for mark in ",;:"):
            break  # (nor the frame: "the article says developing ... cannot be done")
        start -= 1
    return [j for j in range(start, cue) if j not in reading.named]


# Where a hedge's clause starts: a relative or subordinate clause's first word
# ("developments that might affect ..." hedges only what the developments do).
_CLAUSE_OPENERS = frozenset({"that", "which", "who", "whom", "whose", "where", "when", "because", "as"})


def _hedge_scopes(reading: Reading) -> set[int]:
    """The tokens a hedge qualifies: its clause, back to its start and on to its
    end ("it seems that ..." on past the "that" to what seems)."""
    tokens, text = reading.tokens, reading.text
    scope: set[int] = set()

    def stop(a: int, b: int) -> bool:
        return any(mark in text[tokens[a].end : tokens[b].start] for mark in ",;:.()\u2014\u2013")

    for cue in range(len(tokens)):
        if not hedging(tokens, cue):
            continue
        first = cue
        while first > 0 and not stop(first - 1, first) and tokens[first].word not in _CLAUSE_OPENERS:
            first -= 1
        last = cue
        while last + 1 < len(tokens) and not stop(last, last + 1) and tokens[last + 1].word not in _CLAUSE_ENDS:
            last += 1
        scope.update(range(first, last + 1))
        if tokens[first].word == "which" and first > 0 and stop(first - 1, first):
            # ", which I hope is no more than hypothetical": the clause hedges what it is said of,
            # the phrase before the comma ("a confrontation between Armenia and the CSTO")
            head = first - 1
            while head > 0 and not stop(head - 1, head):
                head -= 1
            scope.update(range(head, first))
    return scope


def _finite_verb(token: Token) -> bool:
    """A verb in a form of its own ("called", "says"): a predicate, not a noun."""
    return token.word != token.lemma and lexicon.is_verb(token.lemma)
