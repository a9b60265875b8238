"""Stage 3, degrees: the field of a person's doctorate as the claim gives it ("a
Doctor of Historical Sciences", "a doctorate in philology") against the record's
("a Doctor of Philological Sciences"). A person's doctorate is in one field."""

from __future__ import annotations

from cstofacts.check.find.views import RecordView
from cstofacts.check.lexical import kin
from cstofacts.check.read.reading import Reading
from cstofacts.check.slot import CONFLICT, MATCH, Slot
from cstofacts.check.words import Token

# The words of a degree, and what a field is of: "Doctor of ...", "a doctorate in ...".
DEGREES = frozenset({"doctor", "doctorate", "candidate"})
FIELD_OF = frozenset({"of", "in"})
SCIENCE = "science"  # "Doctor of Sciences": a degree of no field named


def degree_slots(claim: Reading, view: RecordView) -> list[Slot]:
    mine = field_of_degree(claim.tokens)
    people = {m.entity.name for m in claim.mentions if m.entity.type == "person"}
    if not mine or not people & view.names:
        return []
    for reading in view.readings:
        theirs = field_of_degree(reading.tokens)
        if theirs:
            same = kin(mine, {theirs}) or kin(theirs, {mine})
            return [Slot("role", MATCH if same else CONFLICT, f"a doctorate in {mine}", f"a doctorate in {theirs}")]
    return []


def field_of_degree(tokens: list[Token]) -> str:
    """The lemma of the field a degree is in: "historical" in "Doctor of Historical
    Sciences", "philology" in "a doctorate in philology"; "" when none is named."""
    for i, token in enumerate(tokens[:-2]):
        if token.lemma in DEGREES and tokens[i + 1].word in FIELD_OF:
            field = tokens[i + 2]
            if not field.function and field.lemma != SCIENCE:
                return field.lemma
    return ""
