"""Stage 3's date and period slots: a claim's dates against a record's date, its
period, or the dates its words give."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cstofacts import lexicon
from cstofacts.check.lexical import reaches
from cstofacts.check.read.order import LATER_THAN, other_act_clauses, other_acts
from cstofacts.check.read.when import When, relation
from cstofacts.check.slot import ABSENT, CONFLICT, MATCH, Slot
from cstofacts.check.termsets import DETERMINERS
from cstofacts.check.words import lemma_of

if TYPE_CHECKING:
    from cstofacts.check.find.views import RecordView
    from cstofacts.check.read.reading import Reading


def slots(claim: Reading, view: RecordView) -> list[Slot]:
    recorded = view.when
    years = {v.first.year for v in claim.dates if v.precision == "year"}
    only_years = all(v.precision == "year" for v in claim.dates)
    if (
        recorded is not None
        and only_years
        and len(years) > 1
        and years == set(range(recorded.first.year, recorded.last.year + 1))
    ):
        # "in 2024 and 2025" of what the record dates 2024/2025: the same years, one by one
        return [Slot("date", MATCH, value.label(), recorded.label()) for value in claim.dates]
    bounds = _period_bounds(claim)
    slots = [
        _period_bound(value, view, bounds[value.text]) if value.text in bounds else _date(value, view, claim)
        for value in claim.dates
    ]
    slots = [s for s in (_of_another_act(claim, v, view, slot) for v, slot in zip(claim.dates, slots)) if s]
    slots += _months(claim, view)
    # A claim that dates two events ("signed in 2025, two years after the Minsk
    # meeting of 2023"): when one date is the record's, the others are other events'.
    if any(s.status == MATCH and s.name == "date" for s in slots):
        slots = [s for s in slots if not (s.name == "date" and s.status == CONFLICT)]
    return slots


def _of_another_act(claim: Reading, value: When, view: RecordView, slot: Slot) -> Slot | None:
    """A date the record's does not match, given in a clause of another act ("adopted
    ... only after the Security Council had discussed it in July 2024"): that act's
    date, unless the record tells of that act (half the clause's words its own). The
    record's act must then fall on the cue's side of it: "adopted after July 2024"
    holds of 18 November 2024 (no slot: the record need not date the other act),
    "came before July 2024" does not."""
    recorded = view.when
    clause = other_acts(claim).get(value.text)
    if slot.status == CONFLICT and clause is None and any(_tells_of(claim, c, view) for c in other_act_clauses(claim)):
        # "took it up in July 2024, a few months before the General Assembly adopted its
        # resolution": the record of the Assembly's act is not dated by the claim's own act
        return None
    if slot.status != CONFLICT or clause is None or recorded is None:
        return slot
    if not any(i in claim.content for i in clause) or _tells_of(claim, clause, view):
        return slot  # ("until 2035": a bound of the claim's own act, no other act's words)
    cue = claim.tokens[clause[0]].word
    wrong_side = recorded.last < value.first if cue in LATER_THAN else recorded.first > value.last
    return Slot(slot.name, CONFLICT, f"{cue} {value.label()}", recorded.label()) if wrong_side else None


def _tells_of(claim: Reading, clause: list[int], view: RecordView) -> bool:
    """True when the record tells of the act of a clause of the claim: half the clause's
    words or more are the record's own."""
    words = [claim.tokens[i].lemma for i in clause if i in claim.content]
    return bool(words) and sum(w in view.lemmas for w in words) * 2 >= len(words)


def _date(value: When, view: RecordView, claim: Reading) -> Slot:
    recorded = view.when
    period = view.record.period
    if value.precision == "span" and period:
        start, _, end = period.partition("/")
        same = (str(value.first.year), str(value.last.year)) == (start[:4], end[:4])
        return Slot("period", MATCH if same else CONFLICT, value.text, period.replace("/", "-"))
    if value.precision == "span" and _names_a_thing(claim, value):
        return Slot("period", ABSENT, value.text)  # "the 2026-2030 plan": a plan's years, no act's date
    if _word_before(claim, value) == "since" and recorded is not None:
        return _since(value, recorded, claim.negated)
    if recorded is not None:
        found = relation(value, recorded)
        if found == "match" and claim.extent_verbs and _a_stretch(value) and not _the_same_stretch(value, recorded):
            found = "conflict"  # "stretched from September into December" of one held in September-October
        status = MATCH if found == "match" else CONFLICT if found == "conflict" else ABSENT
        return Slot("date", status, value.label(), recorded.label())
    in_words = [(relation(value, d), d) for d in view.dates_in_words]
    if any(found == "match" for found, _ in in_words):
        return Slot("date", MATCH, value.label(), strong=False)
    said = [d for found, d in in_words if found == "conflict" and d.precision == value.precision]
    if said and not any(found == "overlap" for found, _ in in_words):
        return Slot("date", CONFLICT, value.label(), said[0].label(), strong=False)
    if period and value.precision == "year" and period[:4] <= str(value.first.year) <= period[-4:]:
        return Slot("date", ABSENT, value.label(), f"the period {period.replace('/', '-')}")
    return Slot("date", ABSENT, value.label())


def _a_stretch(value: When) -> bool:
    """True for a date of two ends: "from September into October 2022", "March 6 to 8"."""
    if value.precision == "day":
        return value.first != value.last
    return (value.first.year, value.first.month) != (value.last.year, value.last.month) and value.precision != "year"


def _the_same_stretch(claimed: When, recorded: When) -> bool:
    """True when a claim that says how long a thing went on ("stretched from September
    into October 2022") gives the record's first and last days, to the claim's precision."""
    if claimed.precision == "day" or recorded.precision == "day":
        return (claimed.first, claimed.last) == (recorded.first, recorded.last)
    months = (claimed.first.year, claimed.first.month, claimed.last.year, claimed.last.month)
    return months == (recorded.first.year, recorded.first.month, recorded.last.year, recorded.last.month)


def _since(value: When, recorded: When, negated: bool) -> Slot:
    """ "in force since 2023", from then until now, against the record's date: a record
    dated after it refutes (signed in 2025); one within it agrees ("since 31 March
    2025"), but not with a denial ("has not hosted one since 2023": the sources tell of
    none after); one before it says nothing of the time since."""
    shown = f"since {value.label()}"
    if recorded.first > value.last:
        return Slot("date", CONFLICT, shown, recorded.label())
    if recorded.first >= value.first and not negated:
        return Slot("date", MATCH, shown, recorded.label())
    return Slot("date", ABSENT, shown, recorded.label())


def _names_a_thing(claim: Reading, value: When) -> bool:
    """True for years that stand between a determiner and a noun: "the 2026-2030 plan",
    "its 2026-2030 programme" give what a thing is for, not when an act was."""
    at = claim.text.find(value.text)
    before = claim.text[:at].split()[-1:] if at > 0 else []
    after = claim.text[at + len(value.text) :].split()[:1]
    if not before or not after:
        return False
    if before[0].endswith(("'s", "\u2019s")):
        return True  # "the CSTO's 2023-2025 results": its own years
    # a plan, a programme, a strategy (WordNet's cognition), not "the 2024-2025 consultations": acts
    planned = "noun.cognition" in lexicon.classes(lemma_of(after[0].strip(",.;:").lower()))
    return planned and before[0].lower() in DETERMINERS


def _months(claim: Reading, view: RecordView) -> list[Slot]:
    """A month the claim names without a year ("adopted in September"), against the
    month of a record dated to a day or a month: the same month or another."""
    from cstofacts.dates import MONTHS

    recorded = view.when
    if recorded is None and len({(d.first, d.last) for d in view.dates_in_words}) == 1:
        recorded = view.dates_in_words[0]  # "on 20 April the CSTO celebrated ...", in the record's words
    if recorded is None or recorded.precision not in ("day", "month"):
        return []  # (a day the source gives without its year, "on 20 April", has its month)
    dated = " ".join(value.text.lower() for value in claim.dates)
    # "followed a Security Council discussion held in July": the other act's month
    others = {i for clause in other_act_clauses(claim) for i in clause}
    found = []
    for i, token in enumerate(claim.tokens):
        # ("in May", "of May": the month; "may" elsewhere is the modal, "Mar" an abbreviation)
        part, _, word = token.word.rpartition("-")  # "mid-May": a part of the month
        spelled = len(word) > 3 or (word == "may" and (part or claim.tokens[i - 1].word in _BEFORE_MAY))
        month = MONTHS.get(word) if spelled and part in ("", "early", "mid", "late") else None
        capitalised = token.raw.rpartition("-")[2][:1].isupper()
        if month is None or not capitalised or not i or token.word in dated or i in others:
            continue  # "may" (a modal at the start), "Mar", a month of a date the claim gives whole
        status = MATCH if month == recorded.first.month else CONFLICT
        found.append(Slot("date", status, token.raw, recorded.label()))
    return found


# Words after which "May" is the month: "in May", "early May", "mid May".
_BEFORE_MAY = frozenset({"in", "of", "early", "mid", "late"})

# Words before a year that make it a bound of a period, not the date of an act: "a
# plan for cooperation through 2030", "from 2026 until 2030".
_UNTIL = frozenset({"through", "until", "till", "thru"})
_FROM = frozenset({"from", "between"})


def _period_bounds(claim: Reading) -> dict[str, int]:
    """The years the claim gives as a period's bounds, each with the end it bounds
    (0 the first year, -1 the last): a year after "until", and one after "from" with it."""
    years = [(value.text, _word_before(claim, value)) for value in claim.dates if value.precision == "year"]
    bounds = {text: -1 for text, before in years if before in _UNTIL}
    bounds |= {value.text: -1 for value in claim.dates if value.precision == "year" and _lasting_to(claim, value)}
    if bounds:
        bounds |= {text: 0 for text, before in years if before in _FROM}
    bounds |= {value.text: 0 for value in claim.dates if value.precision == "year" and _starting_in(claim, value)}
    return bounds


def _starting_in(claim: Reading, value: When) -> bool:
    """True for a year after "starting in", "beginning in", or "from" after a verb of
    lasting ("runs from 2026"): a period's first year, not the date of an act."""
    words = [w.lower().strip(",;") for w in claim.text[: claim.text.find(value.text)].split()[-2:]]
    if len(words) < 2 or words[1] not in ("in", "from"):
        return False
    verb = lemma_of(words[0])
    return verb in ("start", "begin") or (words[1] == "from" and _lasting(verb))


# WordNet's verbs of lasting: "a plan running (lasting, extending) to 2030" ends in 2030.
LASTING = frozenset({"last", "extend", "continue"})


def _lasting_to(claim: Reading, value: When) -> bool:
    """True for a year after "to" after a verb of lasting ("running to 2030")."""
    words = claim.text[: claim.text.find(value.text)].split()[-2:]
    if len(words) < 2 or words[1].lower() != "to":
        return False
    return _lasting(lemma_of(words[0].lower().strip(",;")))


def _lasting(verb: str) -> bool:
    """A verb of lasting, WordNet's: "last", "extend", "continue", or one they are kin to ("run")."""
    entry = lexicon.entry(verb)
    return reaches(verb, LASTING) or (entry is not None and bool(entry.wide & LASTING))


def _word_before(claim: Reading, value: When) -> str:
    at = claim.text.find(value.text)
    before = claim.text[:at].split()[-1:] if at > 0 else []
    return before[0].lower() if before else ""


def _period_bound(value: When, view: RecordView, end: int) -> Slot:
    """ "through 2030" against the record's period ("2026/2030"): its last year; "from 2026", its first.
    A record dated over years ("consultations held in 2024-2025") starts in its first."""
    period = view.record.period
    shown = f"{'from' if end == 0 else 'until'} {value.text}"
    when = view.when
    if not period and end == 0 and when is not None and when.first.year != when.last.year:
        period = f"{when.first.year}/{when.last.year}"
    if not period:
        return Slot("period", ABSENT, shown)
    bound = period[:4] if end == 0 else period[-4:]
    return Slot("period", MATCH if bound == str(value.first.year) else CONFLICT, shown, period.replace("/", "-"))
