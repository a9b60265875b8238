"""Stage 5: an office given with another qualifier than the record's, all else the
same: "approved at a meeting of the CSTO's foreign ministers", where the source's
ministers are the defense ministers. A rule about who did a thing, named by office."""

from __future__ import annotations

from cstofacts import lexicon
from cstofacts.check.decide.context import REFUTED, SUPPORT_COVERAGE, Context, Outcome, coverage_but
from cstofacts.check.read.reading import Reading
from cstofacts.check.read.roles import is_office


def office_swapped(ctx: Context) -> Outcome | None:
    """The claim's "<qualifier> <office>" ("foreign ministers") where the record about
    the rest has the same office with another qualifier ("defense ministers"), which
    the claim does not say: refuted."""
    claim = ctx.claim
    if claim.negated:
        return None
    for i in claim.content:
        unit = claim.lemma_at(i)
        if " " in unit and is_office(unit.split()[-1]):
            mine, head = unit, unit.split()[-1]
        elif i + 1 < len(claim.tokens) and is_office(claim.lemma_at(i + 1)) and _qualifies(claim, i):
            mine, head = unit, claim.lemma_at(i + 1)
        else:
            continue
        for comparison in ctx.about_it[:3]:
            loose = [w for w, how, _ in comparison.words if w == mine and how not in ("same", "synonym", "derived")]
            if not loose or coverage_but(comparison, mine) < SUPPORT_COVERAGE:
                continue
            theirs = _qualifiers_of(comparison.view.reading, head) - set(claim.content_lemmas) - set(mine.split())
            if theirs:
                claimed = mine if " " in mine else f"{mine} {head}"
                said = f"{sorted(theirs)[0]} {head}"
                return Outcome(REFUTED, f'the source says "{said}", not "{claimed}"', (comparison.record,))
    return None


def _qualifies(reading: Reading, i: int) -> bool:
    """A claim's word that names a kind of an office ("foreign", "defense"): an adjective
    or a noun before it, not a name."""
    token = reading.tokens[i]
    if token.capitalised or not _plain_qualifier(reading, i):
        return False
    return i + 1 in reading.content and bool({c.split(".")[0] for c in lexicon.classes(token.lemma)} & {"adj", "noun"})


def _qualifiers_of(reading: Reading, head: str) -> set[str]:
    """The words right before each `head` of a record's sentence that qualify it."""
    return {
        reading.lemma_at(j - 1)
        for j in range(1, len(reading.tokens))
        if reading.lemma_at(j) == head and _plain_qualifier(reading, j - 1)
    }


def _plain_qualifier(reading: Reading, i: int) -> bool:
    """A word before an office that may say which office it is: no grammar word, no
    country, no verb's form ("appointed"), no name that ends there ("CSTO Secretary
    General" names whose office; a word inside a name with the office, "Council of
    Defense Ministers", says which)."""
    token = reading.tokens[i]
    whose = any(m.start <= i < m.end == i + 1 for m in reading.mentions if m.start >= 0)
    return not (token.function or whose or lexicon.country(token.word) or token.word.endswith(("ed", "ing")))
