"""What the rules of stage 5 look at: the claim, the records compared with it
(best first), each one's stance as asked, and the names the claim gives that
no record holds; and the outcome a rule decides."""

from __future__ import annotations

from functools import cached_property
from typing import NamedTuple

from cstofacts import lexicon
from cstofacts.check.compare.slots import Comparison
from cstofacts.check.judge.polarity import Stance, judge
from cstofacts.check.lexical import kin, same_stem
from cstofacts.check.read.reading import Reading
from cstofacts.check.termsets import MODALS
from cstofacts.models import Record
from cstofacts.schema import NEI as NEI
from cstofacts.schema import REFUTED as REFUTED
from cstofacts.schema import SUPPORTED as SUPPORTED
from cstofacts.schema import VERDICTS as VERDICTS

# How much of what a claim says a record must hold, weighted by rarity: support
# needs nearly all of it; a contradiction counts only against a record about
# the same act (most of it).
SUPPORT_COVERAGE = 0.72
SAME_ACT = 0.6
# Slots with one value for one occasion: another value refutes.
SINGLE_VALUED = ("date", "place", "number", "participants", "body", "period", "chair")


class Outcome(NamedTuple):
    verdict: str
    reason: str
    evidence: tuple[Record, ...] = ()


class Context:
    """What the rules look at: the claim, the records compared with it (best first)
    and, as asked, each one's stance."""

    def __init__(self, claim: Reading, comparisons: list[Comparison]) -> None:
        self.claim = claim
        self.comparisons = comparisons
        self.stances: dict[int, Stance] = {}
        # two acts the claim puts in order, each with its best dated record, earlier first
        self.in_order: tuple[Comparison, Comparison] | None = None

    @property
    def best(self) -> Comparison | None:
        return self.comparisons[0] if self.comparisons else None

    def stance(self, comparison: Comparison) -> Stance:
        key = id(comparison)
        if key not in self.stances:
            self.stances[key] = judge(self.claim, comparison)
        return self.stances[key]

    @cached_property
    def claim_unknown_names(self) -> list[str]:
        return [" ".join(self.claim.tokens[i].raw for i in run) for run in self.unknown_runs]

    @cached_property
    def shown_unknown_names(self) -> list[str]:
        """The unknown names as a reason shows them, with a capitalised word beside
        each that records hold elsewhere ("Central Asia", though "Asia" names an
        institute); never a title or a nationality ("Secretary General", "Armenian")."""
        tokens = self.claim.tokens
        named = self.claim.named

        def joins(i: int) -> bool:
            token = tokens[i]
            if not token.capitalised or i in named or lexicon.country(token.word):
                return False
            return not lexicon.classes(token.lemma) & {"noun.person", "noun.time"}

        shown = []
        for run in self.unknown_runs:
            start = run[0] - 1 if run[0] > 1 and joins(run[0] - 1) else run[0]
            end = run[-1] + 2 if run[-1] + 1 < len(tokens) and joins(run[-1] + 1) else run[-1] + 1
            shown.append(" ".join(t.raw for t in tokens[start:end]))
        return shown

    @cached_property
    def _titles(self) -> set[str]:
        """The offices the sources give people ("secretary general", "foreign minister")."""
        for comparison in self.comparisons[:1]:
            if comparison.view.names_index is not None:
                return set(comparison.view.names_index.role_titles)
        return set()

    @cached_property
    def unknown_runs(self) -> list[list[int]]:
        """Runs of capitalised words, not at the sentence's start, that name nothing
        the store knows and no record near the claim has."""
        claim = self.claim
        named = claim.named
        runs: list[list[int]] = []
        previous = -2
        for i, token in enumerate(claim.tokens):
            if i in named or not token.capitalised or token.function or i not in claim.content:
                continue
            if i == 0 and (lexicon.entry(token.word) is not None or token.word in MODALS):
                continue  # a word of the language opening the sentence ("Should Armenia leave, ..."), not a name
            phrase = claim.phrases.get(i, "")
            whole = " " in phrase and all(t.capitalised for t in claim.tokens[i : i + len(phrase.split())])
            if not whole and any(lexicon.country(part) for part in token.word.split("-")):
                continue  # "Kyrgyz-Tajik", "Dushanbe": places and nationalities, the place slot's ("European Union" is none)
            if not whole and _region_word(claim, i):
                continue  # "three Central Asian states": a word of the language before a place's, a region
            if any(token.lemma in title.split() for title in self._titles):
                continue  # "its Secretary General": an office the sources give, the role slot's, no name
            if whole:
                held = any(phrase in c.view.lemmas for c in self.comparisons[:10])  # "European Union" whole
            else:
                held = any(
                    token.lemma in c.view.lemmas
                    or token.word in c.view.lemmas
                    or same_stem(token.word, c.view.lemmas)[1]
                    for c in self.comparisons[:10]
                ) or any(kin(token.lemma, c.view.lemmas) for c in self.comparisons[:3])  # "Western": "the West"
            if held:
                continue  # ("Transcaucasian" where a record says "Transcaucasus")
            if i == previous + 1 and runs:
                runs[-1].append(i)
            else:
                runs.append([i])
            previous = i
            # a name the lexicon holds whole opens a phrase: "Vladimir Putin" is one run
            for j in range(i + 1, i + len(claim.phrases.get(i, "").split())):
                if claim.tokens[j].capitalised:
                    runs[-1].append(j)
                    previous = j
        return runs

    @cached_property
    def name_shapes(self) -> list[list[int]]:
        """Runs of capitalised words (with "of", "the", "and" inside) that look like a
        name but are no name of the store: "the Council of Foreign Ministers"."""
        claim = self.claim
        named = claim.named
        runs: list[list[int]] = []
        current: list[int] = []
        for i, token in enumerate(claim.tokens):
            inner = token.word in ("of", "the", "and", "for") and current
            if i and i not in named and (token.capitalised or inner):
                current.append(i)
                continue
            runs.append(current)
            current = []
        runs.append(current)
        people = {m.start for m in claim.mentions if m.entity.type == "person"} | {
            m.end for m in claim.mentions if m.entity.type == "person"
        }
        shaped = []
        for run in runs:
            while run and not claim.tokens[run[-1]].capitalised:
                run = run[:-1]
            if not run or run[-1] + 1 in people or run[0] in people:
                continue  # "Belarusian Foreign Minister Sergei Aleynik": a title, the role slot's
            if sum(1 for i in run if claim.tokens[i].capitalised) >= 2 and run not in self.unknown_runs:
                shaped.append(run)
        return shaped

    @cached_property
    def about_it(self) -> list[Comparison]:
        """The records about the same act as the claim, best first."""
        return [c for c in self.comparisons if c.subject_share == 1.0 and c.coverage >= SAME_ACT]


def coverage_but(comparison: Comparison, *words: str, loose: bool = True) -> float:
    """The share of the claim's words the record holds, leaving `words` aside; without
    `loose`, a word only related (two steps away, a sister) is not held."""
    kept = [(c, how) for c, how, _ in comparison.words if c not in words]
    if not kept:
        return 1.0
    unheld = ("none",) if loose else ("none", "related")
    return sum(1 for _, how in kept if how not in unheld) / len(kept)


def missing_names_among(comparison: Comparison, words: set[str]) -> bool:
    """True when each name the record does not give has a word among `words` (the
    claim's own thing: "Aleynik, not Tokayev", "blamed on NATO")."""
    return all({word.lower() for word in name.split()} & words for name in comparison.subjects_missing)


def evidence(comparison: Comparison | None) -> tuple[Record, ...]:
    return (comparison.record,) if comparison is not None else ()


def listing(names: list[str]) -> str:
    names = list(dict.fromkeys(names))
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _region_word(claim: Reading, i: int) -> bool:
    """A word of the language, capitalised, right before a place or a nationality the
    lexicon knows: "Central Asian", "Eastern European", "South Caucasian"."""
    after = claim.tokens[i + 1] if i + 1 < len(claim.tokens) else None
    return (
        after is not None
        and after.capitalised
        and lexicon.entry(claim.tokens[i].word) is not None
        and bool(lexicon.country(after.word))
    )
