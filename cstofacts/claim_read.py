"""Reading a claim into what it says, slot by slot: names, dates, places, numbers, roles, quotes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from cstofacts.claim_gazetteer import (
    COUNTRIES,
    COUNTRY_OF,
    ROLE_QUALIFIERS,
    ROLE_TITLES,
    ROLE_WORDS,
    qualifier,
    role_title,
    title,
)
from cstofacts.claim_names import GENERIC_ENTITIES, SUBJECT_TYPES, Mention, NameIndex
from cstofacts.claim_words import (
    COMPOUND,
    NEGATIONS,
    REPORTING,
    chair_at,
    clause_at,
    number_value,
    numbers,
    positions,
    raw_tokens,
    terms,
    tokens,
    year_span,
)
from cstofacts.dates import DateValue, find_dates
from cstofacts.models import Entity
from cstofacts.text import STOP_WORDS

# Words that carry no claim of their own: reporting verbs and filler.
LIGHT_WORDS = frozenset(
    """
    article source according state stated states stating note noted notes stress stressed
    emphasize emphasized emphasise emphasised underline underlined add added mention mentioned
    remark remarked explain explained argue argued reiterate reiterated declare declared
    describe described describes characterise characterised characterize characterized
    point pointed out also take took taken place part organization organisation its alliance
    already indeed actually recent recently earlier then well
    include includes included including comprise comprises comprised consist consists consisted
    dr prof mr mrs ms mx
    """.split()
)
# Honorifics before a name ("Dr. Babaev"): never part of what a claim says.
HONORIFICS = frozenset({"dr", "prof", "mr", "mrs", "ms", "mx", "sir", "dame"})
# Capitalised words that are not names of their own: titles, nationalities, months.
_NOT_NAMES = (
    ROLE_WORDS | HONORIFICS | frozenset(ROLE_QUALIFIERS)
    | frozenset("""january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
    minister ministers general secretary deputy chief vice acting former""".split())
)
# Dates counted from the day the claim is read; the sources cannot date them.
RELATIVE_TIME = re.compile(
    r"\b(?:(?:\d+|[a-z]+|a|an)\s+(?:years?|months?|weeks?|days?|decades?)\s+ago|(?:last|this|next|past)\s+(?:year|month|week)"
    r"|yesterday|today|tomorrow)\b",
    re.I,
)
# Quoted words in a claim: straight or typographic double quotes, or guillemets.
QUOTED = re.compile(r'"([^"]+)"|\u201c([^\u201c\u201d]+)\u201d|\u00ab([^\u00ab\u00bb]+)\u00bb')
MIN_QUOTE_WORDS = 3
COPULAS = frozenset({"is", "are", "was", "were"})
LOCATIVE = frozenset({"in", "at", "near"})
HOSTED = frozenset({"hosted", "host", "hosts"})
REGION_NAMES = frozenset({"Eurasia", "Eastern Europe", "post-Soviet space", "Transcaucasus"})
# Occasions a claim may call by a definite name ("the CSTO summit"): when the
# sources describe only one occasion of that name, the claim is about it.
OCCASION_NOUNS = frozenset({"summit", "meeting", "session", "conference", "forum", "congress", "talks"})
_MAX_DESCRIPTOR = 4


@dataclass
class Claim:
    """What a claim says, slot by slot."""

    text: str
    words: list[str]
    mentions: list[Mention] = field(default_factory=list)
    missing_edition: str | None = None
    dates: list[DateValue] = field(default_factory=list)
    periods: list[tuple[int, int]] = field(default_factory=list)  # "for 2026-2030": a span of years, not a date
    numbers: list[tuple[int, str]] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    # The places the claim puts something at ("in Yerevan", "Minsk hosted"),
    # rather than names as a party ("obligations to Yerevan").
    located: set[str] = field(default_factory=set)
    # The people the claim gives a title before their name ("Armenian Prime
    # Minister Nikol Pashinyan"): a title that names them, not one the claim states.
    titled: set[str] = field(default_factory=set)
    chair: list[str] = field(default_factory=list)  # who chaired ("under Belarus's chairmanship"), folded
    states: list[str] = field(default_factory=list)
    roles: list[tuple[Entity, tuple[str, ...], str | None]] = field(default_factory=list)
    content: list[str] = field(default_factory=list)
    negated: bool = False
    caps: list[bool] = field(default_factory=list)  # per word: capitalised in the claim as written
    offsets: list[int] = field(default_factory=list)  # per word: where it starts in the raw text
    ends: list[int] = field(default_factory=list)  # per word: where it ends in the raw text
    # Names the store does not know ("Mark Rutte", "UN Security Council"):
    # (folded words, as written). A record must name them to support the claim.
    names: list[tuple[tuple[str, ...], str]] = field(default_factory=list)
    relative: str | None = None  # "30 years ago": counted from today
    quotes: list[str] = field(default_factory=list)  # quoted words, as written
    surface: dict[str, str] = field(default_factory=dict)  # content term -> the word as written
    clauses: bool = False  # the claim has a relative clause of its own
    light: list[str] = field(default_factory=list)  # filler words it gives ("took part", "noted")
    # "NATO is a member of the CSTO": (the subject's entity, terms said of it).
    copula: tuple[Entity, list[str]] | None = None
    # Content terms the claim writes in quotation marks: a label ("soft alliance").
    labels: set[str] = field(default_factory=set)
    # Definite names of an occasion: ("csto", "summit") for "the CSTO summit".
    occasions: list[tuple[str, ...]] = field(default_factory=list)

    @property
    def speaker(self) -> Entity | None:
        """Whose words the claim says these are: "X said ...", "... , X said",
        "according to X"."""
        for mention in self.mentions:
            if mention.entity.type != "person" or mention.start < 0:
                continue
            after = self.words[mention.end : mention.end + 1]
            before = self.words[max(0, mention.start - 2) : mention.start]
            if (after and after[0] in REPORTING) or before == ["according", "to"]:
                return mention.entity
        return None

    @property
    def subjects(self) -> list[Entity]:
        return [m.entity for m in self.mentions if m.entity.type in SUBJECT_TYPES and m.entity.name not in GENERIC_ENTITIES]

    @property
    def pinned(self) -> bool:
        return any(m.pinned for m in self.mentions)

    @property
    def recurring(self) -> set[str]:
        return {m.entity.name for m in self.mentions if m.recurring}


def read_claim(text: str, names: NameIndex) -> Claim:
    """What `text` says; each finder marks the words it reads as used, so none is read twice."""
    words = tokens(text)
    claim = Claim(text, words)
    _locate_words(claim)
    claim.quotes = _quotes(text)
    used = [False] * len(words)
    claim.mentions, claim.missing_edition = names.find(text, words, claim.caps, used)
    _find_periods(claim, used)
    _find_dates(claim, used)
    _find_relative_time(claim, used)
    _find_places_and_states(claim, used)
    _find_roles(claim, used)
    _find_numbers(claim, used)
    _find_unknown_names(claim, used)
    claim.negated = any(w in NEGATIONS for w in words)
    claim.clauses = any(clause_at(words, i) for i in range(len(words)))
    _read_content(claim, used)
    claim.copula = _find_copula(claim, used, names.by_name)
    claim.labels = _labels(claim)
    claim.occasions = _find_occasions(claim)
    return claim


def states_something(claim: Claim) -> bool:
    """True when a claim has a predicate: an act or property (a content word beyond the
    names it gives), a slot (date, place, number, role) or a quote.

    "Tasmagambetov", "Tasmagambetov said." and "The Khujand border agreement" only
    name their subject: there is nothing to check, and no record can support them.
    """
    content = [t for t in claim.content if len(t) > 1]  # the "s" of "Tokayev's" says nothing
    if content or claim.dates or claim.periods or claim.numbers or claim.places or claim.chair or claim.roles or claim.relative or claim.quotes:
        return True
    # "Armenia took part in Interaction-2023": a light verb relating two names.
    named = {m.entity.name for m in claim.mentions} | set(claim.states) | {shown for _, shown in claim.names}
    return bool(claim.light) and len(named) >= 2


def _locate_words(claim: Claim) -> None:
    raw = raw_tokens(claim.text)
    if len(raw) == len(claim.words):
        claim.caps = [m.group()[:1].isupper() for m in raw]
        claim.offsets = [m.start() for m in raw]
        claim.ends = [m.end() for m in raw]
    else:  # a rare fold that splits or joins words: read no capitals
        claim.caps = [False] * len(claim.words)
        claim.offsets = [-1] * len(claim.words)
        claim.ends = [-1] * len(claim.words)


def _quotes(text: str) -> list[str]:
    quoted = (next(g for g in m.groups() if g) for m in QUOTED.finditer(text))
    return [q for q in quoted if len(tokens(q)) >= MIN_QUOTE_WORDS]


def _labels(claim: Claim) -> set[str]:
    """The content terms written inside quotation marks."""
    spans = [(m.start(), m.end()) for m in QUOTED.finditer(claim.text)]
    if not spans or claim.offsets[:1] == [-1]:
        return set()
    quoted = [w for w, at in zip(claim.words, claim.offsets) if any(a < at < b for a, b in spans)]
    return {t for t in terms(quoted) if t in claim.content}


def _find_occasions(claim: Claim) -> list[tuple[str, ...]]:
    """ "the CSTO summit", "the summit": "the", capitalised words or numbers, an occasion noun."""
    words, caps = claim.words, claim.caps
    found = []
    for k, word in enumerate(words):
        if word not in OCCASION_NOUNS:
            continue
        i = k
        while i > 0 and k - i < _MAX_DESCRIPTOR and (caps[i - 1] or words[i - 1][:1].isdigit()) and words[i - 1] != "the":
            i -= 1
        if i > 0 and words[i - 1] == "the":
            found.append(tuple(words[i : k + 1]))
    return found


def _find_periods(claim: Claim, used: list[bool]) -> None:
    """Spans of years written with a dash ("a plan for 2026-2030", "in 2023–2025"):
    one period each, not two dates."""
    words = claim.words
    for i in range(len(words) - 1):
        first, last = year_span(words[i], words[i + 1])
        between = claim.text[claim.ends[i] : claim.offsets[i + 1]] if claim.offsets[:1] != [-1] else ""
        if first and not used[i] and not used[i + 1] and between.strip() in _PERIOD_DASHES:
            claim.periods.append((first, last))
            used[i] = used[i + 1] = True


_PERIOD_DASHES = frozenset({"-", "\u2013", "\u2014", "\u2010", "\u2011", "\u2212"})


def _find_dates(claim: Claim, used: list[bool]) -> None:
    joined, offsets = _join(claim.words, used)
    for value in find_dates(joined):
        claim.dates.append(value)
        start = joined.find(value.text)
        if start < 0:
            continue
        first = _token_at(offsets, start)
        last = _token_at(offsets, start + len(value.text) - 1)
        for i in range(first, last + 1):
            used[i] = True
        joined = joined[:start] + "#" * len(value.text) + joined[start + len(value.text) :]


def _join(words: list[str], used: list[bool]) -> tuple[str, list[int]]:
    """The words as one text (used words masked, so no date is read in a name), and where each starts."""
    parts, offsets, position = [], [], 0
    for word, taken in zip(words, used):
        piece = "#" * len(word) if taken else word
        offsets.append(position)
        parts.append(piece)
        position += len(piece) + 1
    return " ".join(parts), offsets


def _token_at(offsets: list[int], char: int) -> int:
    index = 0
    for i, start in enumerate(offsets):
        if start <= char:
            index = i
    return index


def _find_relative_time(claim: Claim, used: list[bool]) -> None:
    match = RELATIVE_TIME.search(claim.text)
    if not match or claim.offsets[:1] == [-1]:
        return
    claim.relative = match.group()
    for i, start in enumerate(claim.offsets):
        if match.start() <= start < match.end():
            used[i] = True


def _find_places_and_states(claim: Claim, used: list[bool]) -> None:
    """Places ("in Almaty", "Kazakhstan hosted") are slots; other states named are participants."""
    words = claim.words
    kept = []
    for mention in claim.mentions:
        entity = mention.entity
        if entity.type not in ("place", "state") or entity.name in REGION_NAMES:
            kept.append(mention)
            continue
        located = located_at(words, mention.start, mention.end)
        if _denied_at(words, mention.start):
            continue  # "not in Minsk" claims no place
        if entity.type == "state" and chair_at(words, mention.start, mention.end):
            claim.chair.append(" ".join(tokens(entity.name)))
        elif entity.type == "place" or located:
            claim.places.append(" ".join(tokens(entity.name)))
            if located:
                claim.located.add(claim.places[-1])
        else:
            claim.states.append(entity.name)
    claim.mentions = kept
    # Longer names first ("new york" before a "york"); the places found are then
    # kept in the order the claim gives them, so the same claim always reads alike.
    found = []
    for name in sorted(COUNTRY_OF.keys() | COUNTRIES, key=lambda n: (-len(n.split()), n)):
        name_words = tuple(name.split())
        size = len(name_words)
        for i in positions(words, name_words):
            if any(used[i : i + size]):
                continue
            before = words[i - 1] if i else ""
            if _denied_at(words, i):
                used[i : i + size] = [True] * size
            elif name in COUNTRIES and chair_at(words, i, i + size):
                claim.chair.append(name)
                used[i : i + size] = [True] * size
            elif name in COUNTRY_OF or before in LOCATIVE:
                found.append((i, name))
                if before in LOCATIVE:
                    claim.located.add(name)
                used[i : i + size] = [True] * size
    claim.places.extend(name for _, name in sorted(found))


def located_at(words: Sequence[str], start: int, end: int) -> bool:
    """True when the words put something at the name `start`..`end`: "in Minsk",
    "Minsk hosted" (in a claim, or in a record's words)."""
    return (start > 0 and words[start - 1] in LOCATIVE) or (end < len(words) and words[end] in HOSTED)


def _denied_at(words: Sequence[str], i: int) -> bool:
    """True for a place the claim denies: "not in Minsk", "not Minsk", "nor in Beijing"."""
    before = [w for w in words[max(0, i - 3) : i] if w not in LOCATIVE and w not in ("or", "and")]
    return bool(before) and before[-1] in NEGATIONS | {"nor"}


def _find_roles(claim: Claim, used: list[bool]) -> None:
    """Titles given to people ("Kazakh President Tokayev", "Tokayev, the president")."""
    words = claim.words
    inside: set[int] = set()
    for mention in claim.mentions:
        if mention.entity.type != "person" or mention.start < 0:
            continue
        span = _role_span(words, used, mention)
        role_words = tuple(words[i] for i in span)
        found = title(role_words)
        if not found:
            span = _headed_span(words, mention)
            role_words = ("head", *(words[i] for i in span))
            found = role_title(role_words) if span else None
        if found:
            claim.roles.append((mention.entity, found, qualifier(role_words)))
            if span and span[-1] < mention.start:
                claim.titled.add(mention.entity.name)
            for i in span:
                used[i] = True
            if span:
                inside.update(range(span[0], span[-1] + 1))
    # A name inside a title ("the Kazakh President") is part of the role, not a mention;
    # so is the topic-wide name that qualifies a title given to no one named ("the
    # CSTO Secretary General", "the Secretary General of the CSTO").
    claim.mentions = [
        m for m in claim.mentions
        if m.start < 0 or (m.start not in inside and not (m.entity.name in GENERIC_ENTITIES and _qualifies_title(words, m)))
    ]


def _qualifies_title(words: list[str], mention: Mention) -> bool:
    after = tuple(words[mention.end : mention.end + 2])
    before = [w for w in words[max(0, mention.start - 4) : mention.start] if w not in ("of", "the")]
    return any(after[: len(t)] == t for t in ROLE_TITLES) or any(tuple(before[-len(t) :]) == t for t in ROLE_TITLES)


def _role_span(words: list[str], used: list[bool], mention: Mention) -> list[int]:
    """The role words right before a person's name, else right after it ("X is/was ...")."""

    def role_word(i: int) -> bool:  # a qualifier may also be read as a place or state
        return words[i] in ROLE_WORDS and (not used[i] or words[i] in ROLE_QUALIFIERS)

    start = mention.start
    while start > 0 and role_word(start - 1):
        start -= 1
    if title(tuple(words[start : mention.start])):
        return list(range(start, mention.start))
    end = mention.end
    if end < len(words) and words[end] in ("is", "was", "s"):
        end += 1
    stop = end
    while stop < len(words) and role_word(stop):
        stop += 1
    return list(range(end, stop))


# "X heads the Kazakh Ministry of Foreign Affairs": the title a ministry gives its head.
_HEAD_VERBS = frozenset({"heads", "headed", "leads", "led", "runs", "ran"})
_MINISTRY_WORDS = frozenset({"the", "of", "ministry", "foreign", "affairs", "mfa"}) | frozenset(ROLE_QUALIFIERS)


def _headed_span(words: list[str], mention: Mention) -> list[int]:
    """The words of a ministry a person is said to head ("heads the Kazakh Ministry of
    Foreign Affairs"); none unless they name a ministry whose head has a title."""
    end = mention.end
    if end >= len(words) or words[end] not in _HEAD_VERBS:
        return []
    stop = end + 1
    while stop < len(words) and words[stop] in _MINISTRY_WORDS:
        stop += 1
    while stop > end + 1 and words[stop - 1] in ("the", "of"):
        stop -= 1
    phrase = ("head", *words[end + 1 : stop])
    return list(range(end, stop)) if role_title(phrase) != title(phrase) else []


def _find_numbers(claim: Claim, used: list[bool]) -> None:
    claim.numbers = [(n, noun) for n, noun, _ in numbers(claim.words, used)]
    for i, word in enumerate(claim.words):
        if not used[i] and number_value(word) is not None:
            used[i] = True


def _find_unknown_names(claim: Claim, used: list[bool]) -> None:
    """Capitalised words the store knows nothing of: a name the sources must give.

    A run of them next to a known name makes one name with it: "UN Security
    Council" is not the UN, nor any "Security Council".
    """
    words, caps = claim.words, claim.caps
    size = len(words)
    flags = _unknown_flags(claim, used)
    spans = {(m.start, m.end) for m in claim.mentions if m.start >= 0}
    i = 0
    while i < size:
        if not flags[i]:
            i += 1
            continue
        j = i
        while j < size and flags[j]:
            j += 1
        first, last = i, j
        for start, end in spans:  # a known name joined to the run (not across a comma)
            if end == first and all(caps[start:end]) and adjoining(claim, end - 1, first):
                first = start
            if start == last and all(caps[start:end]) and adjoining(claim, last - 1, start):
                last = end
        for k in range(i, j):
            used[k] = True
        shown = claim.text[claim.offsets[first] : claim.ends[last - 1]]
        claim.names.append((tuple(words[first:last]), shown))
        i = j


def adjoining(claim: Claim, before: int, after: int) -> bool:
    """True when only spaces stand between word `before` and word `after`."""
    return not claim.text[claim.ends[before] : claim.offsets[after]].strip()


def _unknown_flags(claim: Claim, used: list[bool]) -> list[bool]:
    """Per word: could it be (part of) a name the store does not know?"""
    words, caps = claim.words, claim.caps
    quoted = [(m.start(), m.end()) for m in QUOTED.finditer(claim.text)]  # checked as a quote instead
    flags = [
        caps[i] and not used[i] and word not in STOP_WORDS and word not in _NOT_NAMES
        and number_value(word) is None and not word[:1].isdigit()
        and not any(start < claim.offsets[i] < end for start, end in quoted)
        for i, word in enumerate(words)
    ]
    # A sentence's first word, alone, may just be capitalised.
    if flags[:1] == [True] and not (len(words) > 1 and flags[1]):
        flags[0] = False
    return flags


def _read_content(claim: Claim, used: list[bool]) -> None:
    """The content terms: what the claim says beyond its names, dates, numbers and filler."""
    words = claim.words
    kept = [
        i for i, word in enumerate(words)
        if not (used[i] or word in STOP_WORDS or word in LIGHT_WORDS or number_value(word) is not None or _support_verb(words, used, i))
    ]
    seen: dict[str, None] = {}
    for i, term in zip(kept, terms([words[i] for i in kept], keep_length=True)):
        if term is None:
            continue
        term = _as_member(term, claim)
        seen.setdefault(term, None)
        claim.surface.setdefault(term, words[i])
    claim.content = [t for t in seen if t not in LIGHT_WORDS]
    claim.light = [w for i, w in enumerate(words) if not used[i] and w in LIGHT_WORDS and w not in STOP_WORDS]


# Verbs that only carry the noun after them: "gave an interview" says what "an
# interview" says ("in an interview with BelTA"), "made a report" what "a report" says.
SUPPORT_VERBS = frozenset({"give", "gave", "given", "gives", "giving", "grant", "granted", "make", "made", "makes", "making"})
_SUPPORTED_NOUNS = frozenset({"interview", "interviews", "report", "speech", "statement", "comment", "commentary", "address", "presentation"})


def _support_verb(words: list[str], used: list[bool], i: int) -> bool:
    if words[i] not in SUPPORT_VERBS:
        return False
    j = i + 1
    while j < len(words) and words[j] in ("a", "an", "the", "his", "her", "their", "its", "exclusive"):
        j += 1
    return j < len(words) and not used[j] and words[j] in _SUPPORTED_NOUNS


def _as_member(term: str, claim: Claim) -> str:
    return COMPOUND if term == "member" and claim.states else term  # "Armenia is a member": a member state


def _find_copula(claim: Claim, used: list[bool], by_name: dict[str, Entity]) -> tuple[Entity, list[str]] | None:
    """A claim of the form "<name> is a/the <what>": whom the predicate is said of."""
    words = claim.words
    for k, word in enumerate(words[:-1]):
        if word not in COPULAS or words[k + 1] not in ("a", "an", "the"):
            continue
        subject = next((m.entity for m in claim.mentions if m.end == k), None)
        if subject is None:
            subject = next((by_name[n] for n in claim.states if n in by_name and words[k - 1 : k] == tokens(n)[-1:]), None)
        if subject is None:
            return None
        after = [
            _as_member(t, claim) for i, t in zip(range(k + 1, len(words)), terms(words[k + 1 :], keep_length=True))
            if t and not used[i] and words[i] not in STOP_WORDS
        ]
        said = [t for t in dict.fromkeys(after) if t in claim.content]
        return (subject, said) if said else None
    return None
