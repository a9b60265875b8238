"""What a record names in the very place where a claim names something else:
the entity beside the same word ("reported by TASS" where the claim says
"reported by RIA Novosti"; "the UN plays the key role" where it says "the
OSCE plays"). Stage 3's help to the rule that finds names swapped."""

from __future__ import annotations

from collections.abc import Sequence

from cstofacts import lexicon
from cstofacts.check.names import GENERIC_ENTITIES
from cstofacts.check.reading import Reading

REACH = 3  # function words ("by", "in the", "of the") passed over to the word beside a name


def beside(reading: Reading, at: int, step: int) -> str | None:
    """The lemma of the first word that is no function word from `at` in the
    direction `step` (-1 before, +1 after), within REACH tokens; None if none."""
    i = at + step
    for _ in range(REACH + 1):
        if not 0 <= i < len(reading.tokens):
            return None
        token = reading.tokens[i]
        if not token.function:
            return token.lemma
        i += step
    return None


def aligned_entity(claim: Reading, runs: Sequence[Sequence[int]], records: Sequence[Reading | None]) -> str | None:
    """An entity the records name, and the claim does not, with the same word
    beside it, on the same side, as one of the claim's unknown names has."""
    named = {e.name for e in claim.entities} | GENERIC_ENTITIES
    # A lone unknown word is no person's full name: "Lukashenko urged ..." is
    # not Tokayev's words given to another, but someone the sources never heard.
    people = any(len(run) > 1 for run in runs)
    # "the Kyrgyz Republic" names Kyrgyzstan by its nationality word
    named |= {country.title() for t in claim.tokens if (country := lexicon.country(t.word))}
    anchors = set()
    for run in runs:
        anchors |= {(-1, beside(claim, run[0], -1)), (1, beside(claim, run[-1], 1))}
    anchors = {(side, lemma) for side, lemma in anchors if lemma}
    for reading in records:
        if reading is None:
            continue
        for mention in reading.mentions:
            if mention.start < 0 or mention.entity.name in named or (mention.entity.type == "person" and not people):
                continue
            around = {(-1, beside(reading, mention.start, -1)), (1, beside(reading, mention.end - 1, 1))}
            if around & anchors:
                return mention.entity.name
    return None
