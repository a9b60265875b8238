"""How a finding of `quote --verify` is told: where its words stand, and whose
they are (a quote of someone, reported speech, an interviewer's question, the
article's own words)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from cstofacts.schema import EXACT
from cstofacts.text import fold as fold_word

if TYPE_CHECKING:
    from cstofacts.quotes import Finding


def where(finding: Finding) -> str:
    """“Title” (id), paragraph N."""
    passage = finding.passage
    place = f"“{passage.source.title}” ({passage.source.id})"
    return place + (f", paragraph {passage.paragraph}" if passage.paragraph is not None else "")


def whose(finding: Finding, speaker: str | None = None) -> str:
    """Whose words they are where they stand; with `speaker`, whose quote they are not."""
    if finding.is_quote:
        return "in a quote of " + " and ".join(finding.speakers)
    names = list(dict.fromkeys(r.speaker for r in finding.reported if r.speaker))
    reported = [n for n in names if not finding.passage.is_outlet(n)]
    # An outlet speaking in a source is its interviewer: its words are the questions.
    asking = [n for n in names if finding.passage.is_outlet(n)]
    if reported:
        said = " and ".join(reported)
        not_quote = _quote_of(speaker, "direct quote")
        return f"in the reporter's account of what {said} said (reported speech), not a {not_quote}"
    if asking:
        asked = " and ".join(possessive(n) for n in asking)
        return f"in the interviewer's ({asked}) question, not a {_quote_of(speaker, 'quote of anyone interviewed')}"
    return f"in the article's own words, not a {_quote_of(speaker, 'quote of anyone')}"


def _quote_of(speaker: str | None, otherwise: str) -> str:
    return f"quote of {speaker}" if speaker else otherwise


def possessive(name: str) -> str:
    """ "Izvestia's", "TASS's", "Reuters'"."""
    return f"{name}'" if name.endswith("s") and not name.isupper() else f"{name}'s"


def _case_only(diff: Sequence[tuple[str, str, str]]) -> bool:
    """True when every difference is one of case or accents: "SOFT ALLIANCE" for "soft alliance"."""
    changes = [(op, y, s) for op, y, s in diff if op != "equal"]
    return bool(changes) and all(
        op == "replace" and [fold_word(w) for w in y.split()] == [fold_word(w) for w in s.split()]
        for op, y, s in changes
    )


def describe(finding: Finding) -> str:
    if finding.verdict == EXACT:
        return f"these words stand verbatim in {where(finding)}, {whose(finding)}"
    if not any(op != "equal" for op, _y, _s in finding.diff):
        return f"these words stand in {where(finding)}, {whose(finding)}, with other punctuation"
    if _case_only(finding.diff):
        return f"these words stand in {where(finding)}, {whose(finding)}, with other capitalisation"
    return f"nearly these words stand in {where(finding)}, {whose(finding)}"


def not_theirs(finding: Finding, speaker: str) -> str:
    nearly = "" if finding.verdict == EXACT else "nearly "
    if finding.is_quote:
        said = f"attributed to {' and '.join(finding.speakers)}, not to {speaker}"
    else:
        said = "as " + whose(finding, speaker).removeprefix("in ")
    return f"{nearly}these words are in {where(finding)}, but {said}"
