"""Stage 3, counts: how many of a thing a claim says there are ("fifteen documents",
"the third of the priority areas") against the counts of the record."""

from __future__ import annotations

from itertools import pairwise

from cstofacts import lexicon
from cstofacts.check.find.views import RecordView
from cstofacts.check.lexical import kin
from cstofacts.check.read.listing import RECORD_ITEMS, items
from cstofacts.check.read.numbers import YEARS_IN, Count
from cstofacts.check.read.order import AFTER, BEFORE
from cstofacts.check.read.reading import Reading
from cstofacts.check.slot import ABSENT, CONFLICT, MATCH, Slot
from cstofacts.check.termsets import COPULAS, PREPOSITIONS
from cstofacts.dates import MONTHS
from cstofacts.numberwords import ORDINALS

ANNIVERSARY = "anniversary"  # an ordinal of it counts years: "the 30th anniversary" is thirty years


def count_slots(claim: Reading, view: RecordView) -> list[Slot]:
    """The claim's counts against the record's: the same number of the same thing (or a
    kin thing), another number of it (a conflict, unless either side is approximate or
    the record's list is open), or a count the record does not give."""
    slots = []
    for count in claim.counts:
        if count.ordinal and (count.noun is None or _of_a_list(count.noun)):
            placed = _place_in_list(claim, count, view)  # "comes seventh in the list of areas", "the first item"
            after = [t.word for t in claim.tokens[count.at + 1 : count.at + 3]]
            of_a_set = after[:1] == ["of"] and after[1:2] != [] and after[1] not in MONTHS  # (not "the sixth of June")
            if not placed and of_a_set:  # "the first of the five maneuvers": a rank the record must give
                placed = [Slot("number", ABSENT, f"{_ordinal_word(count.value)} of them")]
            slots += placed
            continue
        if count.noun is None:
            if any(d.precision == "span" and d.last.year - d.first.year + 1 == count.value for d in claim.dates):
                continue  # "spans five years, 2026 to 2030": the years of the claim's own span
            if count.value > 1 and not count.ordinal and all(c.value != count.value for c in view.counts):
                # a number of nothing named ("seven of the 15 documents"): the record must give
                # it ("one priority" is any priority)
                slots.append(Slot("number", ABSENT, str(count.value)))
            continue
        # "thirty years since" the treaty came into force is its "30th anniversary"
        held = [
            *view.counts,
            *(_as_years(c) for c in view.counts if c.ordinal and c.noun == ANNIVERSARY),
            *_years_of_its_period(claim, count, view),
        ]
        counted = [c for c in held if c.noun and c.ordinal == count.ordinal]
        same = [c for c in counted if c.noun == count.noun] or [
            c
            for c in counted
            if {lexicon.relation(count.noun, noun) for noun in (c.noun, _noun_phrase(view, c))} & lexicon.KIN
        ]
        shown = f"{_ordinal_word(count.value) if count.ordinal else count.value} {count.written or count.noun}"
        # either side approximate ("more than 30"): another number conflicts only past its bound
        bounded = count.approximate or any(c.approximate for c in same)
        conflicting = [c for c in same if _apart(count, c)] if bounded else same
        if not same and not count.ordinal and count.value > 2 and _named_in(count, view) == count.value:
            # "the three countries that signed": the record names three states, uncounted ("the
            # two countries" points back to two names more often than it counts them)
            slots.append(Slot("number", MATCH, shown, strong=False))
        elif not same and _lists_as_many(claim, count, view):
            # "three pillars: A, B and C" for the record's "three spheres: ...": the count is of
            # the list the claim gives; its items are compared as the list's (lists.wrong_item)
            slots.append(Slot("number", MATCH, shown, strong=False))
        elif any(c.value == count.value and not _bound_excludes(count, c) for c in same):
            # a count of the very thing the claim counts is strong; of a kin thing ("three
            # exercises" for "three manoeuvres"), weak: it may count another set
            exact = any(c.value == count.value and c.noun == count.noun for c in same)
            slots.append(Slot("number", MATCH, shown, strong=exact))
        elif not same and _counts_them_all(claim, count) and (names := _named_apart(count, view)):
            # "four countries signed" where the record names its three signatories in one list
            listed = ", ".join(names[:-1]) + f" and {names[-1]}"
            slots.append(Slot("number", CONFLICT, shown, f"{_number_words(len(names))}: {listed}"))
        elif not _counted_as_written(claim, count, view, same) and any(
            c.value == count.value and not _bound_excludes(count, c) and _kin_nouns(count.noun, c.noun) for c in counted
        ):
            # "five drills" where the record counts "five maneuvers" and "four special exercises"
            # of them: the five are the maneuvers (drills and maneuvers are both exercises)
            slots.append(Slot("number", MATCH, shown, strong=False))
        elif conflicting and not _open_list(view) and not _another_item_ranked(claim, count, view):
            other = conflicting[0]
            said = _ordinal_word(other.value) if other.ordinal else _number_words(other.value)
            slots.append(Slot("number", CONFLICT, shown, f"{said} {_plural(other.noun, view)}"))
        elif not (count.value == 1 and claim.tokens[count.at].word == "one"):
            # ("one commentary argues", "one visible result": "one" as "a", where no record counts the thing)
            slots.append(Slot("number", ABSENT, shown))
    return slots


def _another_item_ranked(claim: Reading, count: Count, view: RecordView) -> bool:
    """True when the thing the claim ranks ("the legal framework is the fourth area") has
    none of its words in a record that ranks another ("work on the forces, its third
    area"): the record tells the rank of a thing the claim names only beside it."""
    if not count.ordinal:
        return False
    tokens = claim.tokens
    copula = next((i for i in range(count.at - 1, -1, -1) if tokens[i].word in COPULAS), None)
    if copula is None:
        return False
    item = {claim.lemma_at(i) for i in range(copula) if i in claim.content}
    return bool(item) and not any(kin(word, view.lemmas) for word in item)


def years_held(claim: Reading, i: int, lemma: str, view: RecordView) -> bool:
    """True when the claim's word at `i` is the unit of years a number of it counts ("two
    decades", "thirty years") and the record counts years: "twenty years", or the claim's
    years as an anniversary ("three decades": "the 30th anniversary")."""
    if lemma not in {*YEARS_IN, "year"} or not any(c.at < i <= c.at + 3 and not c.ordinal for c in claim.counts):
        return False
    years = {c.value for c in claim.counts if not c.ordinal}
    return "year" in view.lemmas or any(c.ordinal and c.noun == ANNIVERSARY and c.value in years for c in view.counts)


BEYOND_IMPLIED = 1.25
_PHRASE_WITHIN = 3  # words from a number to its noun: "the fifth key area"


def _noun_phrase(view: RecordView, count: Count) -> str:
    """The words from a record's number to the noun it counts, as the lexicon holds
    such phrases ("key area", which drafts call a priority); "" for none."""
    tokens = view.reading.tokens
    for end in range(count.at + 2, min(len(tokens), count.at + 1 + _PHRASE_WITHIN) + 1):
        if tokens[end - 1].lemma == count.noun:
            return " ".join(t.lemma for t in tokens[count.at + 1 : end])
    return ""


def _place_in_list(claim: Reading, count: Count, view: RecordView) -> list[Slot]:
    """A claim's ordinal of no counted thing against the place the record gives its item
    in a list ("the sixth key area"), when the claim names that list's items ("the
    article's list of areas", "priority areas"): the same place or another. Lists are
    many (seven areas, four tasks, two efforts), each numbered from one; the claim
    must say which."""
    words = {t.lemma for t in claim.tokens}
    # "on its list", "the first item on the article's list": a list that says not what it lists is
    # the record's numbered one; "the list of materiel" is another
    listed = any(_of_a_list(w) for w in words) and not _what_it_lists(claim)
    places = {
        c.value
        for c in view.counts
        if c.ordinal
        and c.noun
        and c.noun != ANNIVERSARY
        and (
            (listed and not any(o.noun == c.noun and not o.ordinal for o in view.counts))
            or c.noun in words
            or kin(c.noun, words)
            or kin(_noun_phrase(view, c), words)
        )
    }  # (an unnamed list is not one the record counts apart: "the third of three things in CSTO-SCO relations")
    if len(places) != 1:
        return []
    place = next(iter(places))
    beside = _beside_another(claim, count, view)
    if beside:  # "comes sixth, immediately after the southern frontiers": the record of the other item
        fits = place == count.value + beside if _immediately(claim, count) else (place - count.value) * beside > 0
        said = f"{_ordinal_word(place)}, {'after' if beside < 0 else 'before'} which it comes"
        return [Slot("number", MATCH if fits else CONFLICT, _ordinal_word(count.value), said)]
    return [
        Slot("number", MATCH if place == count.value else CONFLICT, _ordinal_word(count.value), _ordinal_word(place))
    ]


def _what_it_lists(claim: Reading) -> str:
    """The noun after "list of" ("the list of materiel"), or "" where the list's items are not named."""
    tokens = claim.tokens
    for at, token in enumerate(tokens[:-1]):
        if _of_a_list(token.lemma) and tokens[at + 1].word == "of":
            return next((t.lemma for t in tokens[at + 2 : at + 5] if not t.function), "")
    return ""


def _of_a_list(word: str) -> bool:
    """A word for a list or its entry ("list", "listing", "item"): a place in it is a rank."""
    return word == "item" or kin(word, ("list",))


def _beside_another(claim: Reading, count: Count, view: RecordView) -> int:
    """-1 when the record is of the item the claim places its own after ("sixth, after the
    southern frontiers"), 1 when before; 0 when the record is of the claim's own item."""
    tokens = claim.tokens
    for k in range(count.at + 1, len(tokens)):
        if tokens[k].word in AFTER | BEFORE:
            other = [tokens[j].lemma for j in claim.content if j > k]
            own = _item_before(claim, count.at)
            if other and own and all(w in view.lemmas for w in other) and not all(w in view.lemmas for w in own):
                return -1 if tokens[k].word in AFTER else 1
    return 0


def _item_before(claim: Reading, at: int) -> list[str]:
    """The lemmas of the item a claim places ("biological safety comes sixth"): the
    content words right before the verb before its ordinal."""
    j = at - 2  # (at - 1: the verb, "comes", "ranks")
    found: list[str] = []
    while j >= 0 and j in claim.content and "," not in claim.text[claim.tokens[j].end : claim.tokens[j + 1].start]:
        found.insert(0, claim.tokens[j].lemma)
        j -= 1
    return found


def _immediately(claim: Reading, count: Count) -> bool:
    return any(t.word in ("immediately", "right", "directly", "just") for t in claim.tokens[count.at + 1 :])


def _lists_as_many(claim: Reading, count: Count, view: RecordView) -> bool:
    """True when the claim lists as many items as it counts, and the record counts as
    many in a list of its own, whatever each calls them ("pillars", "spheres")."""
    if count.ordinal or count.value < 2 or len(items(claim.text)) != count.value:
        return False
    counted = any(c.value == count.value and c.noun and not c.ordinal for c in view.counts)
    return counted and len(items(view.record.text, RECORD_ITEMS)) == count.value


# Words after "N years" that make it a time between acts, not how long a thing lasts.
_BETWEEN_ACTS = frozenset({"later", "earlier", "before", "after", "ago", "since", "on"})


def _years_of_its_period(claim: Reading, count: Count, view: RecordView) -> list[Count]:
    """The years of the record's period as a count ("a five-year plan", "covers ten years"
    against the plan "for 2026-2030"), where the claim's years say how long, not when."""
    period = view.record.period
    if count.noun != "year" or not period or "/" not in period:
        return []
    following = claim.tokens[count.at + 1 : count.at + 3]
    if any(t.word in _BETWEEN_ACTS for t in following) or claim.interval is not None:
        return []
    before = claim.tokens[count.at - 1] if count.at > 0 else None
    compound = "-" in claim.tokens[count.at].word
    if not compound and (before is None or before.function or not lexicon.is_verb(before.lemma)):
        return []  # "older than ten years", "a professor for twenty years": not how long the period is
    first, last = period.split("/")
    if not (first[:4].isdigit() and last[:4].isdigit()):
        return []
    return [Count(int(last[:4]) - int(first[:4]) + 1, "year", False, False, -1, "years")]


def _as_years(count: Count) -> Count:
    """An ordinal anniversary as the count of years it marks ("the 30th anniversary": 30 years)."""
    return count._replace(noun="year", ordinal=False, written="years")


# The kinds of entity a counted noun may count, by WordNet's class of the noun:
# countries and parties are states (a place named beside them is where, not who).
_NAMED_KINDS = {"noun.location": ("state",), "noun.group": ("state", "organisation"), "noun.person": ("person",)}


def _kinds(noun: str | None, bodies: bool = True) -> set[str]:
    """The kinds of entity a counted noun may count; with `bodies` False, a place's noun
    ("countries") counts no organisations ("the CSTO, the CIS and the SCO")."""
    classes = lexicon.classes(noun or "")
    kinds = {t for c in classes for t in _NAMED_KINDS.get(c, ())}
    if not bodies and "noun.location" in classes:
        kinds.discard("organisation")
    return kinds


def _named_in(count: Count, view: RecordView) -> int:
    """How many entities of the counted kind the record's own words name."""
    kinds = _kinds(count.noun)
    return len({m.entity.name for m in view.reading.mentions if m.entity.type in kinds}) if kinds else -1


def _counts_them_all(claim: Reading, count: Count) -> bool:
    """True when a count may be of all the parties to what the claim tells: its noun
    right after it ("four countries", not "two CSTO member states", "two neighbouring
    countries": some of them); not after a preposition but "by" ("consultations between
    two countries"), nor definite ("signed by the two republics" points back to names
    before it); and of the names of its kind the claim gives, if any ("only two
    countries, Tajikistan and Kyrgyzstan"; not "Uzbekistan and two other countries")."""
    tokens = claim.tokens
    if count.at + 1 >= len(tokens) or tokens[count.at + 1].lemma != count.noun:
        return False
    before = count.at - 1
    while before >= 0 and tokens[before].word in ("only", "just", "exactly"):
        before -= 1
    if before >= 0 and (
        tokens[before].word in ("the", "these", "those") or tokens[before].word in PREPOSITIONS - {"by"}
    ):
        return False
    kinds = _kinds(count.noun)
    named = {m.entity.name for m in claim.mentions if m.entity.type in kinds}
    return not named or len(named) == count.value


def _named_apart(count: Count, view: RecordView) -> list[str]:
    """The entities of the counted kind the record names, when it names them all in one
    list ("Tajikistan, Kyrgyzstan and Uzbekistan signed") and they are not as many as the
    claim counts, exactly: "four countries signed", "only two countries"; else []."""
    if count.ordinal or count.approximate or count.bound or count.value < 2 or _open_list(view):
        return []
    kinds = _kinds(count.noun, bodies=False)  # "nine countries" counts no bodies
    tokens = view.reading.tokens
    spans = sorted(
        {(m.start, m.end, m.entity.name) for m in view.reading.mentions if m.entity.type in kinds and m.start >= 0}
    )
    between = [[t.word for t in tokens[end:start]] for (_, end, _), (start, _, _) in pairwise(spans)]
    in_one_list = len(spans) >= 2 and all(words in ([], ["and"]) for words in between)  # (commas are no tokens)
    names = [name for _, _, name in spans]
    return names if in_one_list and len(set(names)) == len(names) != count.value else []


def _bound_excludes(claimed: Count, recorded: Count) -> bool:
    """True when the claim puts its count below the record's, or above a record's upper
    bound: "fewer than 15" against "15", "less than 30" against "more than 30". ("More
    than 30" against "30" is let be: a source's round number may be a lower bound.)"""
    if claimed.bound == "less":
        return recorded.bound != "less"
    return claimed.bound == "more" and recorded.bound == "less"


def _apart(claimed: Count, recorded: Count) -> bool:
    """True when a count bounded one way cannot be the other: "more than 40 years"
    against "thirty years", "20 years" against "more than 30"."""
    if claimed.value == recorded.value and _bound_excludes(claimed, recorded):
        return True
    if claimed.bound == recorded.bound == "more" and claimed.value >= recorded.value * BEYOND_IMPLIED:
        return True  # "more than 30" says not "more than 40": one would have said so
    if {claimed.bound, recorded.bound} == {"more", "less"}:  # "less than 20" against "more than 30"
        below, above = (claimed, recorded) if claimed.bound == "less" else (recorded, claimed)
        return below.value <= above.value
    if not claimed.bound and not recorded.bound:  # "some 25 documents" against "15": about 25 is not 15
        fewer, more = sorted((claimed.value, recorded.value))
        return more > fewer * BEYOND_IMPLIED
    for bounded, other in ((claimed, recorded), (recorded, claimed)):
        if other.approximate and not other.bound and bounded.bound:
            # "some 20 years" against "more than 30": about 20 is at most a quarter more
            reach = other.value * BEYOND_IMPLIED if bounded.bound == "more" else other.value / BEYOND_IMPLIED
            if (bounded.bound == "more" and reach < bounded.value) or (
                bounded.bound == "less" and reach > bounded.value
            ):
                return True
        if other.approximate:
            continue
        if bounded.bound == "more" and other.value <= bounded.value:
            return True
        if bounded.bound == "less" and other.value >= bounded.value:
            return True
    return False


def _open_list(view: RecordView) -> bool:
    """A list the source leaves open ("... and others", "and many others", "and so on"):
    its count is of the items named, not of all there are."""
    words = [t.word for t in view.reading.tokens]
    return "others" in words or ("so" in words and "on" in words) or "etc" in words


def _number_words(value: int) -> str:
    words = "zero one two three four five six seven eight nine ten eleven twelve".split()
    return words[value] if value < len(words) else str(value)


def _ordinal_word(value: int) -> str:
    """ "sixth" for 6, as the record's ordinal says it; the figure past the words known."""
    return next((word for word, number in ORDINALS.items() if number == value), f"{value}th")


def _plural(noun: str | None, view: RecordView) -> str:
    """The counted word as the record writes it ("maneuvers")."""
    for reading in (view.reading, view.focus):
        if reading is None:
            continue
        for token in reading.tokens:
            if token.lemma == noun:
                return token.word
    return noun or ""


def _kin_nouns(one: str, other: str) -> bool:
    """True when two nouns are kin, or synonyms of one word ("drill" and "maneuver", each an "exercise")."""
    if one == other or lexicon.relation(one, other) in lexicon.KIN:
        return True
    first, second = lexicon.entry(one), lexicon.entry(other)
    return first is not None and second is not None and bool(first.synonyms & (second.synonyms | {other}))


def _counted_as_written(claim: Reading, count: Count, view: RecordView, same: list[Count]) -> bool:
    """True when the record counts the claim's own noun, or a thing with the claim's own
    qualifier ("five special drills" where the record counts "four special exercises")."""
    before = {t.lemma for t in claim.tokens[count.at + 1 : count.at + 4] if not t.function} - {count.noun}
    return any(c.noun == count.noun or before & set(_noun_phrase(view, c).split()) for c in same)
