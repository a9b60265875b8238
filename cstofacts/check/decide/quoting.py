"""Quoted words in a claim, or a document's block quote: are they a source's own,
and whose? Quoted words must be the source's verbatim: words left out are marked
"..." or "[...]"; only the case of the first letter, whitespace and the form of
quotation marks and dashes may differ."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cstofacts.check.decide.context import NEI, REFUTED, SUPPORTED
from cstofacts.check.words import QUOTED

if TYPE_CHECKING:
    from cstofacts.check.pipeline import Checker, Verdict


def only_quoted(text: str) -> bool:
    """True when `text` is one quotation and nothing more (punctuation aside)."""
    return not re.sub(r"[\W_]+", "", QUOTED.sub("", text, count=1)) and len(QUOTED.findall(text)) == 1


def _either_case(words: str) -> set[str]:
    """The words as written and with their first letter's case turned: a quote may
    begin a sentence of the claim, or run on from one of the source's."""
    return {words, words[:1].swapcase() + words[1:]}


def _verbatim(checker: Checker, words: str) -> bool:
    from cstofacts.locate import quote_is_verbatim

    records = checker.index.records
    spans = [r.text for r in records if r.kind == "quote"] + [r.evidence for r in records if r.evidence]
    spans += [p.text for p in checker.passages()]
    return any(quote_is_verbatim(v, span) for v in _either_case(words) for span in spans)


def misquote(checker: Checker, text: str, quote: str) -> Verdict | None:
    """None when the quoted words stand verbatim in a source; else the verdict on them:
    refuted when a source nearly has them (cut or changed), with its words; else
    not-enough-info."""
    from cstofacts.check.pipeline import Verdict
    from cstofacts.quotes import NEAR, clean_claim, find

    words = clean_claim(quote)
    if not words or _verbatim(checker, words):
        return None
    near = [f for f in find(words, checker.passages()) if f.verdict == NEAR]
    if not near:
        return Verdict(text, NEI, f'quote: no source has the words "{_short(words)}"')
    best = near[0]
    how = "words left out without ... or [...]" if best.elided else "the words differ"
    evidence = tuple(dict.fromkeys((*best.quotes, *best.reported)))[:1]
    return Verdict(text, REFUTED, f'quote: the source\'s words are "{best.exact_words}" ({how})', evidence)


def whose_words(checker: Checker, text: str, quote: str) -> Verdict:
    """Words a source has verbatim: supported when they are someone's quote, else
    not-enough-info (the reporter's words, or a question)."""
    from cstofacts.check.pipeline import Verdict
    from cstofacts.locate import quote_is_verbatim
    from cstofacts.quotes import clean_claim

    variants = _either_case(clean_claim(quote))
    records = checker.index.records
    for record in records:
        if record.kind == "quote" and any(quote_is_verbatim(v, record.text) for v in variants):
            where = f", paragraph {record.locator.paragraph}" if record.locator else ""
            return Verdict(
                text, SUPPORTED, f"quote: verbatim, {record.speaker}'s words in {record.source.id}{where}", (record,)
            )
    evidence = tuple(r for r in records if r.evidence and any(quote_is_verbatim(v, r.evidence) for v in variants))
    return Verdict(
        text,
        NEI,
        "quote: the words stand in a source, but as no one's quote (the reporter's words, "
        "reported speech or a question)",
        evidence[:1],
    )


def quoted_verdict(checker: Checker, text: str, quote: str) -> Verdict | None:
    """The verdict when the quoted words of a claim misquote a source, else None (the
    rest of the claim decides)."""
    return misquote(checker, text, quote)


def quotation_only_verdict(checker: Checker, text: str, quote: str) -> Verdict:
    """For a claim that is nothing but a quotation: a misquote, else whose words they are."""
    return misquote(checker, text, quote) or whose_words(checker, text, quote)


def quotation_verdict(checker: Checker, text: str, credit: str = "") -> Verdict | None:
    claim = checker.read(text)
    if not claim.quotes:
        return None
    if checker.read(text.strip("\u201c\u201d")).speakers:
        return None  # "> Tasmagambetov called the soft alliance ... a strong point": reported speech, prose
    credited = checker.read(credit).entities if credit else []
    people = [e.name for e in credited if e.type == "person"]
    if credit and not people:  # "— Armenia, however, has left": words of the quote's own
        return quotation_verdict(checker, f"{text.rstrip(chr(0x201D))} \u2014 {credit}\u201d")
    verdict = misquote(checker, text, claim.quotes[0])
    if verdict is None:
        verdict = whose_words(checker, text, claim.quotes[0])
        outlets = [e.name for e in credited if e.type == "outlet"]
        return _as_credited(verdict, people, outlets) if credit else verdict
    return verdict if verdict.verdict == REFUTED else None


def _as_credited(verdict: Verdict, people: list[str], outlets: list[str]) -> Verdict:
    """The verdict on a block quote whose attribution ("— Nikol Pashinyan, to TASS")
    names a speaker or an outlet: refuted when the source gives the words to another
    or says them to another outlet; the attribution's other words are not checked."""
    record = verdict.evidence[0] if verdict.evidence else None
    if record is None or record.kind != "quote":
        return verdict  # no one's quote: no one to credit
    if people and record.speaker not in people:
        reason = f"quote: the source gives these words to {record.speaker}, not {people[0]}"
        return verdict._replace(verdict=REFUTED, reason=reason)
    told = {*record.source.reported_by, record.source.outlet, *record.entities}
    if outlets and not told & set(outlets):
        reason = f"quote: {record.speaker} said these words to {_listing(record.source.reported_by)}, not {outlets[0]}"
        return verdict._replace(verdict=REFUTED, reason=reason)
    return verdict


def _listing(names: tuple[str, ...]) -> str:
    return " and ".join(names) or "an outlet the source does not name"


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
