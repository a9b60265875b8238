"""Fact checking: a verdict on one claim from the records about its subject."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from cstofacts.check_records import RecordIndex
from cstofacts.check_slots import Assessment, Slot, assess, listing, role_differs
from cstofacts.claim_names import GENERIC_ENTITIES, ONE_OFF_TYPES, NameIndex
from cstofacts.claim_read import QUOTED, Claim, read_claim, states_something
from cstofacts.claim_words import term_set
from cstofacts.errors import StoreError
from cstofacts.models import Entity, Record, Source
from cstofacts.text import fold

SUPPORTED, REFUTED, NEI = "supported", "refuted", "not-enough-info"
VERDICTS = (SUPPORTED, REFUTED, NEI)

# How much of what a claim says (its content words and the names it gives)
# a record must hold. Support needs nearly all of it, so that a record about
# the right person saying something else ("urged calm") never supports a claim
# that gives them another act ("called for higher budgets"). A contradiction
# counts only against a record that is about the same act (half its words).
SUPPORT_COVERAGE = 0.75
RELEVANT_COVERAGE = 0.5
_READ_CACHE = 10_000  # claims read and kept (a long document's sentences)


@dataclass(frozen=True)
class Verdict:
    """The answer for one claim; `line` is set when it comes from a document."""

    claim: str
    verdict: str
    reason: str
    evidence: tuple[Record, ...] = ()
    line: int | None = None

    def with_line(self, line: int) -> Verdict:
        return Verdict(self.claim, self.verdict, self.reason, self.evidence, line)

    def to_dict(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "claim": self.claim,
            "verdict": self.verdict,
            "reason": self.reason,
            "evidence": [r.to_dict() for r in self.evidence],
        }
        if self.line is not None:
            doc["line"] = self.line
        return doc


class Checker:
    """Checks claims against one store's records and entities; build once, check many."""

    def __init__(
        self, records: Sequence[Record], entities: Sequence[Entity],
        source_text: Callable[[Source], str | None] | None = None,
    ) -> None:
        self.names = NameIndex(entities)
        self.index = RecordIndex(records, self.names.by_name)
        self.source_text = source_text
        self._corpus: list[Any] | None = None
        self._read: dict[str, Claim] = {}
        self._title_terms: set[str] | None = None  # the words of everyone's titles

    def analyse(self, text: str) -> Claim:
        """What `text` says, slot by slot (a document's sentences are read once for
        `checkable` and again for `check`: the reading is kept)."""
        claim = self._read.get(text)
        if claim is None:
            if len(self._read) >= _READ_CACHE:
                self._read.clear()
            claim = self._read[text] = read_claim(text, self.names)
        return claim

    def checkable(self, sentence: str) -> bool:
        """True when a sentence names an entity (other than the CSTO itself), a date or a number,
        and states something of it (a bare name or title is no claim)."""
        claim = self.analyse(sentence)
        named = [m for m in claim.mentions if m.entity.name not in GENERIC_ENTITIES]
        return bool(
            named or claim.dates or claim.numbers or claim.places or claim.states or claim.missing_edition
        ) and states_something(claim)

    def check(self, text: str) -> Verdict:
        """The verdict on `text`, with the records it rests on; pure and deterministic."""
        if _in_another_script(text):
            return Verdict(text, NEI, "check reads claims in English, the sources' language; this one has no word in "
                                      "Latin letters (search finds names in other scripts: cstofacts search WORD)")
        claim = self.analyse(text)
        if claim.quotes and _only_quoted(text):
            # Nothing but quoted words (a block quote of a document): are they a
            # source's, and whose?
            return self._check_quote(text, claim.quotes[0]) or self._quoted_words(text, claim.quotes[0])
        if not states_something(claim):
            # "Tasmagambetov", "The Khujand border agreement": a name is no claim.
            return Verdict(text, NEI, _nothing_reason(claim))
        for quote in claim.quotes:
            verdict = self._check_quote(text, quote)
            if verdict is not None:
                return verdict
        parts = self._clauses(claim) or _coordinated(claim)
        if parts:
            return self._check_each(text, parts)
        verdict = self._check_slots(claim)
        if claim.relative and verdict.verdict != REFUTED and not _repeats_source(claim.relative, verdict):
            # "30 years ago" counts from the day it is read; no record is dated from then.
            said = f"; the closest record says: {verdict.evidence[0].text}" if verdict.evidence else ""
            reason = f"relative date: \"{claim.relative}\" counts from today, and the sources give nothing to count from{said}"
            return Verdict(text, NEI, reason, verdict.evidence)
        return verdict

    def _clauses(self, claim: Claim) -> list[tuple[str, str]]:
        """("the first words", clause) for each sentence or clause of "A happened on
        X, and B happened in Y" (or "; ", or ". "), when each names something and
        states something of it: each is checked on its own. Else none."""
        from cstofacts.claims import split_sentences

        pieces = [p.strip(" ,;") for _, sentence in split_sentences(claim.text)
                  for p in re.split(r",\s+and\s+|;\s+", sentence)]
        pieces = [p for p in pieces if p]
        if len(pieces) < 2:
            return []
        read = [self.analyse(p) for p in pieces]
        if not all(states_something(c) and (c.mentions or c.names) and c.content for c in read):
            return []
        return [(_short(p.rstrip("."), 40), p) for p in pieces]

    def _check_each(self, text: str, parts: list[tuple[str, str]]) -> Verdict:
        """The verdict on a claim that says one thing of several events ("X and Y were
        held in 2023"): supported when it holds of each, refuted when of any it does not."""
        verdicts = [(name, self.check(part)) for name, part in parts]
        for wanted in (REFUTED, NEI):
            for name, verdict in verdicts:
                if verdict.verdict == wanted:
                    return Verdict(text, wanted, f"{name}: {verdict.reason}", verdict.evidence)
        evidence = tuple(dict.fromkeys(r for _, v in verdicts for r in v.evidence))
        return Verdict(text, SUPPORTED, "; ".join(f"{name}: {v.reason}" for name, v in verdicts), evidence)

    def _check_quote(self, text: str, quote: str) -> Verdict | None:
        """None when the quoted words stand verbatim in a source; else the verdict on them.

        Quoted words must be the source's own: words left out are marked "..." or
        "[...]"; only the case of the first letter, whitespace and the form of
        quotation marks and dashes may differ. Words that nearly stand in a source
        (cut or changed) misquote it: refuted, with the source's words. Words no
        source holds are not-enough-info.
        """
        from cstofacts.locate import quote_is_verbatim
        from cstofacts.quotes import NEAR, clean_claim, find

        words = clean_claim(quote)
        if not words:
            return None
        variants = _first_letter_either_case(words)
        corpus = self._passages()
        records = self.index.records
        spans = [r.text for r in records if r.kind == "quote"] + [r.evidence for r in records if r.evidence]
        spans += [p.text for p in corpus]
        if any(quote_is_verbatim(v, span) for v in variants for span in spans):
            return None
        near = [f for f in find(words, corpus) if f.verdict == NEAR]
        if not near:
            return Verdict(text, NEI, f"quote: no source has the words \"{_short(words)}\"")
        best = near[0]
        how = "words left out without ... or [...]" if best.elided else "the words differ"
        evidence = tuple(dict.fromkeys((*best.quotes, *best.reported)))[:1]
        return Verdict(text, REFUTED, f"quote: the source's words are \"{best.exact_words}\" ({how})", evidence)

    def check_quotation(self, text: str) -> Verdict | None:
        """The verdict on a document's block quote (`text`, in quotation marks): whose words
        they are, or how a source words them; None when no source has them, not even
        nearly: then it is a claim set off as a quote, and its sentences are checked."""
        claim = self.analyse(text)
        if not claim.quotes:
            return None
        verdict = self._check_quote(text, claim.quotes[0])
        if verdict is None:
            return self._quoted_words(text, claim.quotes[0])
        return verdict if verdict.verdict == REFUTED else None

    def _quoted_words(self, text: str, quote: str) -> Verdict:
        """The verdict on words a source has verbatim: supported when they are someone's
        quote, else not-enough-info (the reporter's words, or a question)."""
        from cstofacts.locate import quote_is_verbatim
        from cstofacts.quotes import clean_claim

        variants = _first_letter_either_case(clean_claim(quote))
        for record in self.index.records:
            if record.kind == "quote" and any(quote_is_verbatim(v, record.text) for v in variants):
                where = f", paragraph {record.locator.paragraph}" if record.locator else ""
                return Verdict(text, SUPPORTED, f"quote: verbatim, {record.speaker}'s words in {record.source.id}{where}",
                               (record,))
        evidence = tuple(r for r in self.index.records if r.evidence and any(quote_is_verbatim(v, r.evidence) for v in variants))
        return Verdict(text, NEI, "quote: the words stand in a source, but as no one's quote (the reporter's words, "
                                  "reported speech or a question)", evidence[:1])

    def _passages(self) -> list[Any]:
        if self._corpus is None:
            from cstofacts.quotes import passages

            records = self.index.records
            sources = list({r.source.id: r.source for r in records}.values())
            reader = self.source_text or (lambda source: None)
            try:
                self._corpus = passages(sources, records, reader)
            except StoreError:  # an unreadable source text: check quotes against the records alone
                self._corpus = passages(sources, records, lambda source: None)
        return self._corpus

    def _check_slots(self, claim: Claim) -> Verdict:
        text = claim.text
        if claim.missing_edition:
            return Verdict(text, NEI, f"no record about {claim.missing_edition}: the sources cover other editions")
        role_verdict = self._check_roles(claim)
        if role_verdict is not None:
            return role_verdict
        subjects = claim.subjects
        speaker = claim.speaker
        if speaker is not None and [e.name for e in subjects] == [speaker.name]:
            # "Aleynik said X": the records about Aleynik, and those of whoever else said X.
            entries = self.index.about({speaker.name})
            entries += [e for e in self.index.fallback(claim) if e not in entries]
            if not entries:
                return Verdict(text, NEI, f"no record about {_names(subjects)}")
        elif subjects:
            entries = self.index.about({e.name for e in subjects})
            if not entries:
                return Verdict(text, NEI, f"no record about {_names(subjects)}")
        else:
            entries = self.index.fallback(claim)
            if not entries:
                # A state alone ("Armenia has left the CSTO") or a count ("seven
                # member states"): the records about it show the reader what the
                # sources do say, but nothing ties the claim to one of them (five
                # maneuvers of one exercise are not five exercises of a year).
                loose = self.index.about_states(claim.states) or self.index.counting(claim.numbers)
                if loose:
                    return _closest_only(self._decide(claim, [assess(claim, e, self.index) for e in loose]))
                absent = self.index.absent(claim)
                return Verdict(text, NEI, _not_mentioned(absent) if absent else _NO_SUBJECT)
        return self._decide(claim, [assess(claim, e, self.index) for e in entries])

    def _tells_what(self, claim: Claim) -> bool:
        """True when a claim says what someone is ("X is the director of ...") or what
        happened beyond a meeting and titles: then another name in the record's place
        contradicts it. "Pashinyan met NATO Secretary General Mark Rutte" may be
        another meeting than the one the sources tell of."""
        # (A title before a known person's name, "Armenian Prime Minister Nikol
        # Pashinyan", names them; it tells nothing of the meeting.)
        if claim.copula or any(entity.name not in claim.titled for entity, _, _ in claim.roles):
            return True
        if self._title_terms is None:
            self._title_terms = {t for e in self.index.by_name.values() for t in term_set(e.role or "")}
        told = [t for t in claim.content if len(t) > 1 and t != "meet" and t not in self._title_terms]
        return len(told) >= 2

    def _one_thing(self, first: Record, second: Record) -> bool:
        """True when a record of the user's own and a source's name the same one-off
        thing (a document, a meeting): a date or place they give is that thing's,
        however loosely a claim names it. (Two sources' records may name it for
        other events: consultations that led to the agreement.)"""
        if _own(first) == _own(second):
            return False
        shared = set(first.entities) & set(second.entities)
        return any(self.names.by_name[n].type in ONE_OFF_TYPES for n in shared if n in self.names.by_name)

    def _check_roles(self, claim: Claim) -> Verdict | None:
        """Refuted when the claim gives someone a role the store says they do not hold."""
        for entity, role, whose in claim.roles:
            if role_differs(entity, role, whose):
                reason = f"role: the source says {entity.name} is {entity.role}"
                return Verdict(claim.text, REFUTED, reason, self.index.role_evidence(entity))
        return None

    def _decide(self, claim: Claim, assessments: list[Assessment]) -> Verdict:
        text = claim.text
        # A word no record gives at all ("Lukashenko urged ...") is something no
        # source says: the claim is not supported, however much else it shares.
        unheard = [t for t in claim.content if len(t) > 1 and not self.index.frequency.get(t)]
        supporting = [a for a in assessments if _states_it(a) and a.polarity_ok and not unheard]
        if supporting:
            best = _sources_first(supporting)
            conflicts = _conflicts(claim, best, assessments, self._one_thing)
            if conflicts:
                return _disagreement(claim, best, conflicts)
            reason = _support_reason(best)
            if _own(best.record):  # sources first: none of them says it
                reason += f" (only your own record {best.record.id} says it, no source does)"
            return Verdict(text, SUPPORTED, reason, (best.record,))
        # A record that says all the claim says, of the same participants, but
        # with "not" before the very act the claim gives them.
        denying = [a for a in assessments if _states_it(a) and a.denies]
        if denying:
            best = _sources_first(denying)
            return Verdict(text, REFUTED, f"{_who(best.record)} says the opposite: {best.record.text}", (best.record,))
        for fault in ("preferred", "avoided", "said_by", "reversed"):
            verdict = _one_fault(claim, assessments, fault)
            if verdict is not None:
                return verdict
        # A record that says all the claim says, but another name where the claim
        # gives one no source gives ("Mark Rutte" where it says "Jens Stoltenberg").
        swapping = [a for a in assessments if a.swapped and _states_all_but_names(a)] if self._tells_what(claim) else []
        if swapping:
            best = _sources_first(swapping)
            shown, theirs = best.swapped[0]
            return Verdict(text, REFUTED, f"{_who(best.record)} says {theirs}, not {shown}: {best.record.text}", (best.record,))
        verdict = _one_fault(claim, assessments, "opposed")
        if verdict is not None:
            return verdict
        refuting = [
            a for a in assessments
            if a.coverage >= RELEVANT_COVERAGE and a.status("contradict") and (_same_occasion(claim, a) or _all_but_one(a))
        ]
        if refuting:
            best = min(refuting, key=lambda a: (_own(a.record), -a.coverage, *_rank(a)))
            slot = best.status("contradict")[0]
            return Verdict(text, REFUTED, f"{slot.kind}: {_who(best.record)} says {slot.source}", (best.record,))
        relevant = [a for a in assessments if a.coverage >= RELEVANT_COVERAGE] or assessments
        best = min(relevant, key=lambda a: (-a.coverage, *_rank(a)))
        evidence = (best.record,) if best.coverage >= RELEVANT_COVERAGE else ()
        return Verdict(text, NEI, _nei_reason(best, claim, self.index.absent(claim)), evidence)


# Things that happen (and can each be said to happen): a claim about several,
# joined by "and", says the same of each. People are left whole: "X and Y met"
# says they met each other, not that each met someone.
_DISTRIBUTIVE_TYPES = frozenset({"exercise", "document", "meeting"})


def _coordinated(claim: Claim) -> list[tuple[str, str]]:
    """(name, claim about it alone) for each event of a run joined by "and" or commas;
    none unless the claim names two or more."""
    if claim.offsets[:1] == [-1]:
        return []
    spans = sorted({(m.start, m.end) for m in claim.mentions if m.start >= 0 and m.entity.type in _DISTRIBUTIVE_TYPES})
    runs: list[list[tuple[int, int]]] = []
    for span in spans:
        if runs and runs[-1][-1][1] <= span[0] and claim.words[runs[-1][-1][1] : span[0]] in ([], ["and"]):
            runs[-1].append(span)
        else:
            runs.append([span])
    run = next((r for r in runs if len(r) >= 2), None)
    if run is None:
        return []
    text = claim.text
    head, tail = text[: claim.offsets[run[0][0]]], text[claim.ends[run[-1][1] - 1] :]
    parts = []
    for start, end in run:
        name = text[claim.offsets[start] : claim.ends[end - 1]]
        parts.append((name, head + name + tail))
    return parts


def _repeats_source(relative: str, verdict: Verdict) -> bool:
    """True when a supported claim's "today" is its source's own ("the primary
    objective today"): the claim repeats the source, it counts from nothing."""
    said = rf"\b{re.escape(fold(relative))}\b"
    return verdict.verdict == SUPPORTED and any(re.search(said, fold(r.text)) for r in verdict.evidence)


def _rank(a: Assessment) -> tuple[Any, ...]:
    """Best first: most slots matched, most of the claim stated, then the shortest record."""
    return (-len(a.status("match")), -a.coverage, -a.role_stated, len(a.status("unknown")), len(a.record.text), a.record.id)


# Slots that tie a record to the occasion a claim is about. A role ("Secretary
# General ...") says who someone is, not which occasion; a year holds many.
_ANCHOR_KINDS = frozenset({"place", "number", "participants", "chairmanship"})


def _same_occasion(claim: Claim, a: Assessment) -> bool:
    """True when the record is about the occasion the claim is about, so that
    another value on one of its slots contradicts the claim.

    The claim names a one-off thing or an edition (pinned); or it calls the one
    occasion the sources describe by a definite name ("the CSTO summit") and
    gives nothing the record does not say; or it names no one the record lacks
    and agrees with the record on a telling slot: a place, a number, the
    participants, the chair, or a date to the day.
    """
    if claim.pinned:
        return True
    if a.missing_names:
        return False
    if a.occasion and not a.status("unknown"):
        return True
    return any(
        s.kind in _ANCHOR_KINDS or (s.kind == "date" and _to_the_day(s.claimed))
        for s in a.status("match")
    )


def _all_but_one(a: Assessment) -> bool:
    """True when the record says everything the claim says but one value, and the
    claim ties itself to the record's occasion by another value it gets right
    ("in October 2023") or by a day ("on 19 June 2024"): it tells of what the
    record tells of and gets that one value wrong. Without such a tie, "made a
    report in Minsk" may be another report than the one in Almaty."""
    contradicting = a.status("contradict")
    if not (
        a.coverage >= SUPPORT_COVERAGE and a.bound and a.polarity_ok and not a.missing_names
        and len(contradicting) == 1 and not a.status("unknown")
    ):
        return False
    slot = contradicting[0]
    return bool(a.status("match")) or (slot.kind == "date" and _to_the_day(slot.claimed))


def _to_the_day(claimed: str) -> bool:
    return len(claimed) == 10 and claimed[4] == "-" and claimed[7] == "-"


# Faults that make a record, which says all else the claim says, contradict it:
# each an Assessment field, and what the reason says of the record.
ONE_FAULTS: dict[str, Callable[[Claim, Assessment], str]] = {
    # "cooperation over confrontation" against a claim that prefers confrontation
    "preferred": lambda claim, a: "prefers them the other way round",
    # "urged members to avoid framing ..." against "urged members to frame ..."
    "avoided": lambda claim, a: f'says "{a.avoided}"',
    # Mirzoyan's words given to Tasmagambetov (said_by is set only when the claim names a speaker)
    "said_by": lambda claim, a: f"gives these words to {a.said_by}, not {claim.speaker.name}",
    # "the CSTO takes into account NATO's activity" for "NATO takes into account the CSTO's"
    "reversed": lambda claim, a: f'has it the other way round ("{a.reversed}")',
    # "high" where the claim says "low"
    "opposed": lambda claim, a: f"says {a.opposed[0][1]}, not {claim.surface.get(a.opposed[0][0], a.opposed[0][0])}",
}


def _one_fault(claim: Claim, assessments: list[Assessment], fault: str) -> Verdict | None:
    """Refuted by the best record that says all the claim says but for `fault`."""
    found = [a for a in assessments if getattr(a, fault) and _states_it(a, but=fault)]
    if not found:
        return None
    best = _sources_first(found)
    return Verdict(claim.text, REFUTED, f"{_who(best.record)} {ONE_FAULTS[fault](claim, best)}: {best.record.text}",
                   (best.record,))


def _states_it(a: Assessment, but: str | None = None) -> bool:
    """True when the record says what the claim says; with `but`, all but that one
    of ONE_FAULTS."""
    # The claim's speaker is no name the record must give when the words are another's.
    missing_names = [n for n in a.missing_names if not (but == "said_by" and n == a.claimed_speaker)]
    return (
        a.coverage >= SUPPORT_COVERAGE and not missing_names and a.bound and not a.status("contradict")
        and not a.status("unknown") and not a.torn and not a.hedged and not a.unqualified and not a.possible
        and not any(getattr(a, f) for f in ONE_FAULTS if f != but)
    )


def _states_all_but_names(a: Assessment) -> bool:
    """True when the record says all the claim says but for the names it swaps."""
    swapped = {shown for shown, _ in a.swapped}
    return (
        a.coverage >= SUPPORT_COVERAGE and set(a.missing_names) <= swapped and a.bound and a.polarity_ok
        and not a.status("contradict") and not a.status("unknown") and not a.torn and not a.hedged and not a.opposed
    )


def _sources_first(candidates: list[Assessment]) -> Assessment:
    """The best of `candidates`; a user's own record only where no source speaks."""
    return min(candidates, key=lambda a: (_own(a.record), *_rank(a)))


def _conflicts(claim: Claim, best: Assessment, assessments: list[Assessment],
               one_thing: Callable[[Record, Record], bool]) -> list[Assessment]:
    """Records that say what the claim says, of the same occasion (or of the one
    thing `best` tells of), but give another value on a slot that `best` matches
    (another date, place, ...)."""
    matched = {s.kind for s in best.status("match")}
    return [
        a for a in assessments
        if a.record is not best.record and a.polarity_ok and a.bound and not a.missing_names
        and a.coverage >= SUPPORT_COVERAGE and (_same_occasion(claim, a) or one_thing(best.record, a.record))
        and any(s.kind in matched for s in a.status("contradict"))
    ]


def _disagreement(claim: Claim, best: Assessment, conflicts: list[Assessment]) -> Verdict:
    """The verdict when records disagree on a slot the claim gives.

    The bundled records (the sources) decide; a user's own record is named
    in the reason but never outweighs a source:
    - a source matches, only the user's own records differ: supported, and
      the reason names each differing record of the user's;
    - only a user's own record matches and a source differs: refuted by the
      source (the user's record is named), as it would be without it;
    - sources differ among themselves, or the user's own records do (and no
      source speaks): not-enough-info, naming both.
    """
    text = claim.text
    conflicts = sorted(conflicts, key=lambda a: (_own(a.record), a.record.id))
    sourced = [a for a in conflicts if not _own(a.record)]
    kinds = {s.kind for s in best.status("match")}
    kind = _contradicting(conflicts[0], kinds).kind
    records = (best.record, *[a.record for a in conflicts])
    if not _own(best.record) and not sourced:
        differs = [f"{_who(a.record)} says {_contradicting(a, kinds).source}" for a in conflicts]
        return Verdict(text, SUPPORTED, "; ".join([_support_reason(best), *differs]), records)
    if _own(best.record) and sourced:
        first = sourced[0]
        reason = (
            f"{kind}: the source says {_contradicting(first, kinds).source}; only your own record {best.record.id} "
            f"says {_matching(best, kind)}, and the sources outweigh it"
        )
        return Verdict(text, REFUTED, reason, (first.record, best.record))
    who = "the sources" if sourced else "your own records"
    reason = f"{kind}: {who} disagree: {best.record.id} says {_matching(best, kind)}; " + "; ".join(
        f"{a.record.id} says {_contradicting(a, {kind}).source}"
        for a in conflicts if any(s.kind == kind for s in a.status("contradict"))
    )
    return Verdict(text, NEI, reason, records)


def _contradicting(a: Assessment, kinds: set[str]) -> Slot:
    return next(s for s in a.status("contradict") if s.kind in kinds)


def _matching(a: Assessment, kind: str) -> str:
    slot = next(s for s in a.status("match") if s.kind == kind)
    return slot.source or slot.claimed


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _names(entities: Sequence[Entity]) -> str:
    return listing(list(dict.fromkeys(e.name for e in entities)))


def _names_in(claim: Claim) -> str:
    return listing(list(dict.fromkeys([m.entity.name for m in claim.mentions] + claim.states)))


def _own(record: Record) -> bool:
    """True for a record of the user's own (not a bundled one, nor one of a --db store)."""
    return record.origin == "user"


def _who(record: Record) -> str:
    return f"your own record {record.id}" if _own(record) else "the source"


def _in_another_script(text: str) -> bool:
    """True for a claim with letters, none of them Latin ("Соглашение подписано ...")."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and not any(ch.isascii() or "LATIN" in unicodedata.name(ch, "") for ch in letters)


def _first_letter_either_case(words: str) -> set[str]:
    """Quoted words as written and with their first letter's case turned: a quote
    may begin a sentence of the claim, or run on from one of the source's."""
    return {words, words[:1].swapcase() + words[1:]}


def _only_quoted(text: str) -> bool:
    """True when `text` is one quotation and nothing more (punctuation aside)."""
    return not re.sub(r"[\W_]+", "", QUOTED.sub("", text, count=1)) and len(QUOTED.findall(text)) == 1


def _closest_only(verdict: Verdict) -> Verdict:
    """A verdict on records found only by a state or a count the claim names: never
    more than not-enough-info, with the closest record to read."""
    if verdict.verdict == NEI or not verdict.evidence:
        return verdict
    closest = verdict.evidence[0]
    reason = (f"the claim names no event, meeting, document or person to tie it to a record; "
              f"the closest ({closest.id}) says: {closest.text}")
    return Verdict(verdict.claim, NEI, reason, verdict.evidence)


_NO_SUBJECT = "no subject: the claim names no event, meeting, exercise, agreement, document or person the sources cover"


def _not_mentioned(absent: Sequence[str]) -> str:
    return f"the sources do not mention {listing(absent)}"


def _nothing_reason(claim: Claim) -> str:
    named = list(dict.fromkeys(
        [m.entity.name for m in claim.mentions] + claim.states + [shown for _, shown in claim.names]
        + ([claim.missing_edition] if claim.missing_edition else [])
    ))
    if not named:
        return "the claim states nothing to check (no act, property, date, place or number)"
    return f"the claim states nothing to check about {listing(named)} (no act, property, date, place or number)"


def _support_reason(best: Assessment) -> str:
    parts = [
        f"{s.kind} matches {s.source or s.claimed}" if not s.source or fold(s.source) == fold(s.claimed) or s.kind in ("number", "date", "participants")
        else f"{s.kind} {s.claimed} matches {s.source}"
        for s in best.status("match")
    ]
    return "; ".join(dict.fromkeys(parts)) or "the record states it"


def _nei_reason(best: Assessment, claim: Claim, absent: Sequence[str] = ()) -> str:
    if absent:
        return _not_mentioned(absent)
    unknown_names = [shown for _, shown in claim.names if shown in best.missing_names]
    if unknown_names:
        return f"the closest record ({best.record.id}) does not mention {listing(unknown_names)}"
    if best.coverage < RELEVANT_COVERAGE and (claim.subjects or not claim.states):
        subject = _names(claim.subjects) if claim.subjects else "the subject"
        return f"the sources about {subject} do not say this"
    unknown = best.status("unknown")
    if unknown:
        return _unknown_reason(best, unknown[0])
    if best.status("contradict"):
        slot = best.status("contradict")[0]
        return f"{slot.kind}: a record says {slot.source}, but not of the same occasion"
    if best.possible and best.polarity_ok and _states_it(replace(best, possible=False)):  # the only fault
        return f"the closest record ({best.record.id}) says it only as a possibility or asks it: {best.record.text}"
    if best.hedged and best.coverage >= SUPPORT_COVERAGE:
        return f"the closest record ({best.record.id}) gives this only as an impression or a myth, not as so: {best.record.text}"
    if best.torn:
        return f"the closest record ({best.record.id}) gives both a word of the claim and its opposite: {best.record.text}"
    if not (best.missing and best.coverage < SUPPORT_COVERAGE or best.missing_names):
        if not best.bound:
            return f"the closest record ({best.record.id}) does not relate {_names_in(claim)} as the claim does"
        if not best.polarity_ok:
            return f"the closest record ({best.record.id}) says the opposite or words it differently"
    missing = ", ".join(claim.surface.get(t, t) for t in [t for t in best.missing if len(t) > 1][:3])
    return f"the closest record ({best.record.id}) does not state it (it does not say: {missing})"


def _unknown_reason(best: Assessment, slot: Slot) -> str:
    if slot.source:  # the closest record gives another value, or one less precise
        return f"{slot.kind}: the sources do not say {slot.claimed}; the closest record ({best.record.id}) says {slot.source}"
    if slot.kind == "date":
        return f"date: the sources do not say {slot.claimed}"
    return f"{slot.kind}: the closest record ({best.record.id}) gives no {slot.kind}; the claim says {slot.claimed}"


def check(
    claim: str, records: Sequence[Record], entities: Sequence[Entity],
    source_text: Callable[[Source], str | None] | None = None,
) -> Verdict:
    """The verdict on one claim: supported, refuted or not-enough-info, with evidence.

    `source_text` gives a source's full text (Store.source_text), against which
    quoted words in the claim are checked; without it, against the records alone.
    """
    return Checker(records, entities, source_text).check(claim)
