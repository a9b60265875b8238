"""Stage 4, how sure each side is: a claim certain of what the record says only may be
("will", "inevitably", "already" against "may", "can", "often", "if"), and a claim that
doubts or only hedges what the record states for certain ("might" against "will
definitely"). polarity.judge reads them into a Stance."""

from __future__ import annotations

from cstofacts.check.find.views import RecordView
from cstofacts.check.read.certainty import of_confidence
from cstofacts.check.read.reading import Reading
from cstofacts.check.termsets import (
    COME_ABOUT,
    CONDITION_PHRASES,
    CONDITIONS,
    EVERY_ONE,
    EVERY_TIME,
    MODALS,
    QUESTION_WORDS,
    SOME_OF_THE_TIME,
)
from cstofacts.check.words import positions


def doubts_what_is_certain(claim: Reading, view: RecordView) -> str | None:
    """The claim's doubt ("doubtful whether") of what the record states, or its hedge
    ("might", "perhaps") where the record, or the source's sentence it quotes, states it
    with a word of certainty of its own over the words the claim hedges ("will
    definitely become a significant factor", "it can be confidently stated that ...");
    None otherwise ("has without doubt become an important component" is sure of the
    importance, not of what the claim hedges)."""
    record = view.reading
    if record.hedges or record.doubts:
        return None
    if claim.doubts:  # ("cast doubt on portraying ..." where the record says there is no case for it)
        return None if record.negated else claim.doubts[0]
    if not claim.hedges or record.conditional:
        return None
    quoted = view.context if view.record.highlight else None  # the sentence the record quotes
    lemmas = set(claim.content_lemmas)
    for reading in (record, quoted):
        if reading is None or reading.hedges or reading.conditional:
            continue
        for at in _certainty_at(reading, {t.word for t in claim.tokens}):
            scope = {reading.lemma_at(k) for k in _to_clause_end(reading, at) if k in reading.content}
            if len(lemmas & scope) * 2 >= len(lemmas):
                return claim.hedges[0]
    return None


def _certainty_at(reading: Reading, said: set[str]) -> list[int]:
    """Where a reading's words of certainty stand that are no modal ("definitely",
    "confidently", "without doubt"), and that the claim does not say itself."""
    words = {w.split()[-1] for w in reading.certain if w not in MODALS | COME_ABOUT | EVERY_TIME and w not in said}
    return [i for i, t in enumerate(reading.tokens) if t.word in words]


def _to_clause_end(reading: Reading, at: int) -> range:
    """The token indexes after `at` up to the end of its clause (a ";" or a full stop
    between words; not the "..." of a cut in a quotation)."""
    tokens = reading.tokens
    end = at + 1
    while end < len(tokens):
        gap = reading.text[tokens[end - 1].end : tokens[end].start].strip().strip('"\u201c\u201d')
        if gap[:1] in (".", ";") and not gap.startswith(".."):
            break
        end += 1
    return range(at + 1, end)


def certain_of_more(claim: Reading, record: Reading, hedged: bool, conditional: bool) -> str | None:
    """The claim's word of certainty or of an act come about ("will", "definitely",
    "already") where the record says it only may be (`hedged`) or only on a condition
    (`conditional`); None when the claim hedges itself or asks no more."""
    if claim.hedges or not (hedged or conditional):
        return None
    # "has not formally left": a denial says nothing came about
    said = [w for w in claim.certain if not (claim.negated and w in COME_ABOUT)]
    if not hedged:
        if not _on_a_condition(record):
            return None  # "asked whether": no condition to outrun
        # against "if the leadership decides to leave", a bare "will" may only drop the
        # condition ("leaving will be its sovereign right"); "definitely", "already" do not
        said = [w for w in said if w not in MODALS]
    return said[0] if said else None


def says_it_can(reading: Reading) -> bool:
    """True when a reading says a thing "can" be: no hedge to the reader of most claims
    ("the CSTO can respond"), a possibility to one certain of it."""
    return any(t.word == "can" for t in reading.tokens)


def some_of_the_time(reading: Reading) -> str:
    """The word by which a reading says a thing holds only at times, or of some ("often"); "" for none."""
    return next((t.word for t in reading.tokens if t.word in SOME_OF_THE_TIME), "")


def certain_of_what_can_be(claim: Reading, record: Reading, held: dict[str, str]) -> str | None:
    """ "a bloc mentality inevitably restricts sovereignty" against "the bloc mentality,
    which can restrict national sovereignty": an adverb of certainty (not a modal: "will"
    against "can" may only say it will) where the record says it can be; "all 'dormant'
    conflicts are openly controlled" where the record says they "often" are."""
    sometimes = some_of_the_time(record)
    if not (says_it_can(record) or sometimes):
        return None
    recorded = {t.word for t in record.tokens}
    # the word of certainty the record has not itself ("always balancing"), before the act the
    # record says can be ("always restricts": "can restrict"; not "can adapt")
    said = [
        w
        for w in claim.certain
        if w not in MODALS
        and not of_confidence(w)  # ("confidently assesses": "I can assess", an ability)
        and w not in COME_ABOUT
        and w not in recorded
        and (sometimes or _can_do(claim, w, record, held))
    ]
    if sometimes:
        # ("all three countries": a count of them all, no claim of every time)
        counted = {c.at for c in claim.counts}
        said += [t.word for k, t in enumerate(claim.tokens) if t.word in EVERY_ONE and k + 1 not in counted]
    return said[0] if said else None


def _can_do(claim: Reading, word: str, record: Reading, held: dict[str, str]) -> bool:
    """True when the act after the claim's `word` ("always restricts", "definitely block")
    is one the record says can be done ("can restrict", "can hinder": the record's word for
    it, `held` by claim lemma), within three words after its "can"."""
    tokens = claim.tokens
    at = next((i for i, t in enumerate(tokens) if t.word == word), -1)
    act = next((t.lemma for t in tokens[at + 1 : at + 3] if not t.function), "")
    can = [i for i, t in enumerate(record.tokens) if t.word == "can"]
    return bool(act) and any({act, held.get(act)} & {t.lemma for t in record.tokens[i + 1 : i + 4]} for i in can)


def _on_a_condition(reading: Reading) -> bool:
    """True when a sentence sets a condition ("if", "unless", "in the event of"), not
    only asks one ("asked whether", "does not say whether")."""
    return any(t.word in CONDITIONS - QUESTION_WORDS for t in reading.tokens) or any(
        positions([t.word for t in reading.tokens], phrase) for phrase in CONDITION_PHRASES
    )
