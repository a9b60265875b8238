"""The checker: a claim through the five stages (read, find, compare, judge, decide)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from cstofacts.check.compare.slots import CONFLICT, Comparison, compare
from cstofacts.check.decide.context import NEI, REFUTED, SUPPORTED, Context
from cstofacts.check.decide.rules import decide
from cstofacts.check.find.candidates import Candidates
from cstofacts.check.read import clauses, clefts
from cstofacts.check.read.names import GENERIC_ENTITIES, NameIndex
from cstofacts.check.read.reading import Reading, read
from cstofacts.index import SearchIndex
from cstofacts.models import Entity, Record, Source

_READ_CACHE = 10_000  # sentences read and kept (a long document's)
_STOP_INSIDE = re.compile(r"\w[.!?] [A-Z]")  # "Allies. CSTO": a name a sentence would end in


class Verdict(NamedTuple):
    """The answer for one claim; `line` is set when it comes from a document."""

    claim: str
    verdict: str
    reason: str
    evidence: tuple[Record, ...] = ()
    line: int | None = None
    explain: dict[str, Any] | None = None  # how it was decided: check --explain

    def with_line(self, line: int) -> Verdict:
        return self._replace(line=line)

    def to_dict(self, *, explain: bool = False) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "claim": self.claim,
            "verdict": self.verdict,
            "reason": self.reason,
            "evidence": [r.to_dict() for r in self.evidence],
        }
        if self.line is not None:
            doc["line"] = self.line
        if explain and self.explain is not None:
            doc["explain"] = self.explain
        return doc


# Content words a sentence naming nothing needs to be checked as a claim.
CHECKABLE_WORDS = 4


class Checker:
    """Checks claims against one store; build once, check many."""

    def __init__(
        self,
        records: Sequence[Record] | SearchIndex,
        entities: Sequence[Entity] = (),
        source_text: Callable[[Source], str | None] | None = None,
    ) -> None:
        index = records if isinstance(records, SearchIndex) else SearchIndex(records, entities)
        self.index = index
        self.names = _names(index, entities)
        self.candidates = Candidates(index, self.names)
        self.source_text = source_text
        self._read: dict[str, Reading] = {}
        self._corpus: list[Any] | None = None

    # -- stage 1 ----------------------------------------------------------

    def read(self, text: str) -> Reading:
        found = self._read.get(text)
        if found is None:
            if len(self._read) >= _READ_CACHE:
                self._read.clear()
            found = self._read[text] = read(text, self.names)
        return found

    def people(self, sentence: str) -> list[str]:
        """The people a sentence names, for the "he" of the sentences after it (coreference)."""
        from cstofacts.check.read.coreference import people_in

        return people_in(self.read(sentence), self.names.role_titles)

    @property
    def dotted_names(self) -> list[str]:
        """The names with a stop inside ("Allies. CSTO"), which a draft's sentences are
        not cut at."""
        names = {n for e in self.names.by_name.values() for n in (e.name, *e.aliases)}
        return sorted(n for n in names if _STOP_INSIDE.search(n))

    def checkable(self, sentence: str) -> bool:
        """True when a sentence states something: of an entity (not the CSTO itself), a
        date or a number it names, or in words enough (CHECKABLE_WORDS) to say
        something of its own ("The danger of terrorism spreading still persists").
        A bare name or title, or a short aside, is no claim; nor is a question."""
        claim = self.read(sentence)
        if claim.question:
            return False
        named = [e for e in claim.entities if e.name not in GENERIC_ENTITIES]
        if named or claim.dates or claim.counts or claim.missing_edition:
            return bool(claim.content or claim.dates or claim.counts)
        return len(claim.content) >= CHECKABLE_WORDS

    # -- the whole -----------------------------------------------------------

    def check(self, text: str) -> Verdict:
        """The verdict on `text`, with the records it rests on; pure and deterministic."""
        verdict = self._as_written(text)
        cleft = clefts.plain(text) if verdict.verdict == NEI else None
        if cleft is not None:  # "It was Tokayev who warned ...": checked as "Tokayev warned ..."
            plain = self.check(cleft)
            if plain.verdict != NEI:
                explained = {**plain.explain, "read_as": cleft} if plain.explain is not None else None
                return plain._replace(claim=text, explain=explained)
        return verdict

    def _as_written(self, text: str) -> Verdict:
        from cstofacts.check.decide.quoting import only_quoted, quotation_only_verdict, quoted_verdict

        claim = self.read(text)
        if claim.quotes:
            if only_quoted(text):
                return quotation_only_verdict(self, text, claim.quotes[0])
            for quote in claim.quotes:
                verdict = quoted_verdict(self, text, quote)
                if verdict is not None:
                    return verdict
        each = clauses.coordinated(claim)
        if each:
            return self._each(text, [self.read(p) for p in each])
        parts = self._parts(clauses.joined(text))
        if parts:
            return self._each(text, parts)
        whole = self._one(text, claim)
        if whole.verdict != NEI:
            return whole
        # no record states it whole: a contrast or a relative clause may be two claims that two records state
        parts = (
            self._parts(clauses.contrasted(text), any_name=True)
            or self._parts(clauses.relative(claim))
            or self._parts(clauses.appositive(claim))
            or self._parts(clauses.reported(claim))
        )
        return self._each(text, parts) if parts else whole

    def _parts(self, texts: list[str], any_name: bool = False) -> list[Reading]:
        """The clauses read, each about a name (the CSTO too, with `any_name`); []
        unless two or more, each saying something."""
        if len(texts) < 2:
            return []
        parts = clauses.about_the_names_before([self.read(t) for t in texts])
        return (
            parts
            if all((p.entities if any_name else p.subjects) and (p.content or p.dates or p.counts) for p in parts)
            else []
        )

    def _one(self, text: str, claim: Reading) -> Verdict:
        views = self.candidates.find(claim)
        comparisons = [compare(claim, view, self.index, self.names.role_titles) for view in views]
        comparisons.sort(key=_ranking, reverse=True)
        ctx = Context(claim, comparisons)
        ctx.in_order = self._in_order(claim)
        rule, outcome = decide(ctx)
        return Verdict(
            text,
            outcome.verdict,
            outcome.reason,
            outcome.evidence,
            explain=_explanation(claim, rule.name, rule.description, comparisons[:3], ctx),
        )

    def _in_order(self, claim: Reading) -> tuple[Comparison, Comparison] | None:
        """Two acts the claim puts in order, each with the dated record that tells it
        best, earlier first; None when the claim orders none, or a record of one is
        not found."""
        if not claim.states_outright:
            return None  # "did not precede", "may have preceded": no order stated
        sides = clauses.occasions_in_order(claim)
        if sides is None:
            return None
        found = []
        for side in sides:
            reading = self.read(side)
            dated = [
                (compare(reading, view, self.index, self.names.role_titles), view.when)
                for view in self.candidates.find(reading)
                if view.when is not None and view.when.year
            ]
            told = [(c, when) for c, when in dated if c.subject_share == 1.0 and not c.slot(CONFLICT)]
            if not told:
                return None
            # the best told, and of those the most finely dated ("2025-03-31", not "2024/2025")
            found.append(max(told, key=lambda pair: (pair[0].coverage, -pair[1].days()))[0])
        return found[0], found[1]

    def _each(self, text: str, parts: list[Reading]) -> Verdict:
        """A claim of several clauses: supported when each holds, refuted when any does not."""
        verdicts = [(part.text, self._one(part.text, part)) for part in parts]
        for wanted in (REFUTED, NEI):
            for part, verdict in verdicts:
                if verdict.verdict == wanted:
                    return Verdict(
                        text,
                        wanted,
                        f"{_short(part.rstrip('.'), 40)}: {verdict.reason}",
                        verdict.evidence,
                        explain=verdict.explain,
                    )
        evidence = tuple(dict.fromkeys(r for _, v in verdicts for r in v.evidence))
        reason = "; ".join(f"{_short(p.rstrip('.'), 40)}: {v.reason}" for p, v in verdicts)
        return Verdict(text, SUPPORTED, reason, evidence, explain=verdicts[0][1].explain)

    def check_quotation(self, text: str, credit: str = "") -> Verdict | None:
        """A document's block quote: whose words they are, or how a source words them;
        None when no source has them, not even nearly (a claim set off as a quote).
        `credit` is its attribution ("Imangali Tasmagambetov, to Izvestia"), if any."""
        from cstofacts.check.decide.quoting import quotation_verdict

        return quotation_verdict(self, text, credit)

    def passages(self) -> list[Any]:
        """Every paragraph of every source text, for finding quoted words."""
        if self._corpus is None:
            from cstofacts.errors import StoreError
            from cstofacts.quotes import passages

            records = self.index.records
            sources = list({r.source.id: r.source for r in records}.values())
            reader = self.source_text or (lambda source: None)
            try:
                self._corpus = passages(sources, records, reader)
            except StoreError:  # an unreadable source text: quotes are checked against the records alone
                self._corpus = passages(sources, records, lambda source: None)
        return self._corpus


def _names(index: SearchIndex, entities: Sequence[Entity]) -> NameIndex:
    """The store's names, built once per store state: kept beside the search index's
    cache (`.names`), whose name says which store state it is for."""
    import marshal
    import os

    entities = index.entities or entities
    docs = getattr(index, "_docs_path", None)
    path = docs.with_suffix(".names") if docs is not None else None
    if path is not None:
        try:
            return NameIndex(entities, marshal.loads(path.read_bytes()))
        except (OSError, EOFError, ValueError, TypeError, KeyError):
            pass  # none yet, or unreadable: built again
    names = NameIndex(entities)
    if path is not None:
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            tmp.write_bytes(marshal.dumps(names.state()))
            os.replace(tmp, path)
        except OSError:
            tmp.unlink(missing_ok=True)
    return names


def _ranking(comparison: Comparison) -> tuple[float, int, int]:
    record = comparison.record
    return (comparison.relevance, record.origin == "bundled", -len(record.text))


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _explanation(
    claim: Reading, rule: str, description: str, comparisons: list[Comparison], ctx: Context
) -> dict[str, Any]:
    return {
        "rule": rule,
        "rule_says": description,
        "claim": {
            "names": [e.name for e in claim.entities],
            "speakers": [e.name for e in claim.speakers],
            "outlets": [e.name for e in claim.outlets],
            "dates": [d.label() for d in claim.dates],
            "numbers": [f"{c.value} {c.noun or ''}".strip() for c in claim.counts],
            "words": claim.content_lemmas,
            "negated": claim.negated,
            "hedged": claim.hedges,
        },
        "records": [
            {
                "id": c.record.id,
                "relevance": round(c.relevance, 2),
                "subjects_missing": c.subjects_missing,
                "coverage": round(c.coverage, 2),
                "coverage_with_rarer_senses": round(c.loose_coverage, 2),
                "words": [_word(w, how, r, dict(c.loosely)) for w, how, r in c.words],
                "slots": [
                    {"slot": s.name, "status": s.status, "claim": s.claimed, "source": s.recorded} for s in c.slots
                ],
            }
            for c in comparisons
        ],
    }


def _word(claim: str, how: str, record: str, loosely: dict[str, str]) -> dict[str, str]:
    """A claim word as --explain shows it: held by the record, in a rarer sense (which
    counts toward support only), or not."""
    if how == "none" and claim in loosely:
        return {"claim": claim, "how": "rarer sense", "record": loosely[claim]}
    return {"claim": claim, "how": how, "record": record}
