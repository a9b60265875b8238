"""Whose a name is, where a record lists several of a kind. One rule of stage 5
(rules.RULES), "bound-to-another": "Brothers-in-Arms 2022 was an exercise of the CSTO
Peacekeeping Forces", where the record names the exercises "Brothers-in-Arms – 2022,
Brothers-in-Arms – 2023, and the CSTO Peacekeeping Forces exercise Enduring
Brotherhood": the body the claim joins to one exercise, the record writes beside
another, and every word of the claim is in the record all the same."""

from __future__ import annotations

import re

from cstofacts.check.decide.context import REFUTED, SUPPORT_COVERAGE, Context, Outcome
from cstofacts.check.read.names import GENERIC_ENTITIES
from cstofacts.models import Entity

_OCCASION = "exercise"  # the kind a record lists several of, each with its own body
_BODY = "organisation"
# Characters between a name and the one it stands beside ("... Forces exercise Enduring").
_BESIDE = 14
_LIST_MARKS = frozenset(",;()")  # between the items of a list


def bound_to_another(ctx: Context) -> Outcome | None:
    claim = ctx.claim
    named = [m.entity for m in claim.mentions if m.start >= 0]
    for comparison in ctx.about_it[:3]:
        if comparison.coverage < SUPPORT_COVERAGE:
            continue
        text = comparison.record.text
        for own in (e for e in named if e.type == _OCCASION):
            kin = [e for e in comparison.view.entities if e.type == own.type and e.name not in {n.name for n in named}]
            if not kin or not _spans(own, text):
                continue
            for other in (e for e in named if e.type == _BODY and e.name not in GENERIC_ENTITIES):
                beside = [e for e in kin if _beside(other, e, text)]
                if beside and not _beside(other, own, text):
                    return Outcome(
                        REFUTED,
                        f"the source writes {other.name} beside {beside[0].name}, not {own.name}",
                        (comparison.record,),
                    )
    return None


def _beside(one: Entity, other: Entity, text: str) -> bool:
    """True when a name of `one` and a name of `other` stand a few characters apart, in
    one item of a list (no comma or bracket between): "the CSTO Peacekeeping Forces
    exercise Enduring Brotherhood"."""
    return any(_in_one_item(a, b, text) for a in _spans(one, text) for b in _spans(other, text))


def _spans(entity: Entity, text: str) -> list[tuple[int, int]]:
    return [found.span() for name in entity.names for found in re.finditer(re.escape(name), text)]


def _in_one_item(a: tuple[int, int], b: tuple[int, int], text: str) -> bool:
    first, second = sorted((a, b))
    gap = text[first[1] : second[0]]
    return first[1] <= second[0] and len(gap) <= _BESIDE and not _LIST_MARKS & set(gap)
