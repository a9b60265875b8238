"""Fact checking: a verdict on one claim from the records about its subject."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Callable

from cstofacts.dates import DateValue, find_dates, parse_iso, record_bounds
from cstofacts.errors import StoreError
from cstofacts.models import Entity, Record, Source
from cstofacts.text import STOP_WORDS, fold, stem

SUPPORTED, REFUTED, NEI = "supported", "refuted", "not-enough-info"
VERDICTS = (SUPPORTED, REFUTED, NEI)

# How much of what a claim says (its content words and the names it gives)
# a record must hold. Support needs nearly all of it, so that a record about
# the right person saying something else ("urged calm") never supports a claim
# that gives them another act ("called for higher budgets"). A contradiction
# counts only against a record that is about the same act (half its words).
SUPPORT_COVERAGE = 0.75
RELEVANT_COVERAGE = 0.5
# Without a subject entity, a record is "about" a claim only when it shares
# this much of it, and at least this many content words.
FALLBACK_COVERAGE = 0.75
FALLBACK_MIN_WORDS = 2
# Partial names ("the border agreement in Khujand") count when this share of
# a long name's words (three or more) appears in the claim.
PARTIAL_NAME = 0.75

# Topic words that fit every record: never a subject (see the issue).
GENERIC_ENTITIES = frozenset({"CSTO"})
SUBJECT_TYPES = frozenset({"person", "exercise", "document", "meeting", "award", "organisation", "outlet"})
# Things that happen once: naming one pins a claim to one record. People and
# organisations act again and again, so a claim about them needs a matching
# date, place or number before a different slot can refute it.
ONE_OFF_TYPES = frozenset({"document", "meeting"})

# Numeric dates stay one token ("2024-07-19", "31.03.2025", "2025/03/31"), so
# that their parts are never read as numbers; dates.find_dates reads them.
TOKEN = re.compile(
    r"\d{4}-\d{2}(?:-\d{2})?(?!\d)|\d{4}/\d{1,2}/\d{1,2}(?!\d)|(?<!\d)\d{1,2}[./]\d{1,2}[./]\d{4}(?!\d)|[^\W_]+"
)
# The same characters as `fold` makes, one for one, so offsets into the raw
# text stay valid (capitals and quotation marks are read from the raw text).
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})
NEGATIONS = frozenset({"not", "never", "no", "didn", "doesn", "isn", "wasn", "weren", "don", "hasn", "haven", "hadn"})
# Clauses where a record speaks about the text rather than the world
# ("(the text gives no date)"): they must not make the record negative.
_META = re.compile(r"\([^)]*\)|;\s*(?:the (?:text|article|question)|no date)[^.;]*", re.I)

# Words that carry no claim of their own: reporting verbs and filler.
LIGHT_WORDS = frozenset(
    """
    article source according state stated states stating note noted notes stress stressed
    emphasize emphasized emphasise emphasised underline underlined add added mention mentioned
    remark remarked explain explained argue argued reiterate reiterated declare declared
    point pointed out also take took taken place part organization organisation its alliance
    already indeed actually recent recently earlier then well
    include includes included including comprise comprises comprised consist consists consisted
    dr prof mr mrs ms mx
    """.split()
)
# Honorifics before a name ("Dr. Babaev"): never part of what a claim says.
HONORIFICS = frozenset({"dr", "prof", "mr", "mrs", "ms", "mx", "sir", "dame"})
# Relative pronouns open a clause of their own: "the CSTO respects ... member
# states that cooperate with NATO" does not say that the CSTO cooperates with
# NATO. After a reporting verb, "that" only introduces what was said.
CLAUSE_WORDS = frozenset({"that", "which", "who", "whom", "whose"})
REPORTING = frozenset(
    """said says say stated declared noted notes stressed stresses believes believed added argued
    emphasized emphasised explained reported announced claimed thinks thought knows know told
    recalled recalls warned warns insisted insists""".split()
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
# Between a subject and what a record says it is: "X is ...", "X, a ...", "X as ...".
_PREDICATE_LINKS = frozenset({"is", "are", "was", "were", "as", "remains", "remained", "became", "becomes", "a", "an"})
COMPOUND = "member_country"  # the term for "member state(s)", "member countries"

# Paraphrase: words that say the same thing here share one canonical form.
_SYNONYM_GROUPS = (
    ("occur", "held hold holds holding took conduct conducted conducts organized organised staged occurred happened carried run"),
    ("sign", "sign signed signing signs conclude concluded ink inked"),
    ("adopt", "adopt adopted adopts pass passed approve approved approves endorse endorsed"),
    ("exercise", "exercise exercises drill drills maneuver maneuvers manoeuvre manoeuvres training trainings"),
    ("agreement", "agreement agreements accord accords deal pact"),
    ("meet", "meet met meeting meetings meets talks"),
    ("appoint", "appoint appointed appointment named designated"),
    ("award", "award awarded receive received given presented conferred"),
    ("urge", "urge urged urges call called calls appeal appealed"),
    ("cooperate", "cooperate cooperates cooperated cooperation collaborate collaboration partnership"),
    ("border", "border borders frontier frontiers boundary boundaries"),
    ("discuss", "discuss discussed discusses discussion debated considered"),
    ("celebrate", "celebrate celebrated marked commemorated"),
    ("leave", "leave leaving withdraw withdrawal withdraws quit exit"),
    ("country", "country countries state nation nations"),
    ("threat", "threat threats danger dangers"),
    ("say", "say said says told tell"),
    ("seek", "seek seeks sought aim aims aimed strive strives"),
    ("interview", "interview interviews interviewed"),
    ("visit", "visit visits visited trip trips"),
    ("report", "report reports reported"),
    ("document", "document documents paper papers"),
    ("summit", "summit summits"),
    ("journalist", "journalist journalists reporter reporters"),
)
SYNONYMS = {stem(word): name for name, words in _SYNONYM_GROUPS for word in words.split()}

NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12,
    "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "fifteenth": 15, "twentieth": 20, "thirtieth": 30,
}
_TENS = {20, 30, 40, 50, 60, 70, 80, 90}
_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)?$")
# Between a number and the noun it counts.
_NUMBER_FILLER = frozenset({"more", "than", "over", "some", "about", "nearly", "almost", "csto", "around", "least"})

# Where places lie, so that "in Kazakhstan" agrees with a record placed in
# Almaty. States map to themselves; cities to their state.
COUNTRY_OF = {
    "almaty": "kazakhstan", "astana": "kazakhstan", "nur sultan": "kazakhstan",
    "minsk": "belarus", "brest": "belarus", "vitebsk": "belarus", "grodno": "belarus",
    "moscow": "russia", "st petersburg": "russia", "saint petersburg": "russia", "sochi": "russia",
    "khujand": "tajikistan", "dushanbe": "tajikistan",
    "bishkek": "kyrgyzstan", "osh": "kyrgyzstan", "cholpon ata": "kyrgyzstan",
    "yerevan": "armenia", "tashkent": "uzbekistan", "samarkand": "uzbekistan",
    "beijing": "china", "shanghai": "china", "baku": "azerbaijan", "tbilisi": "georgia",
    "kyiv": "ukraine", "kiev": "ukraine", "brussels": "belgium", "new york": "united states",
    "washington": "united states", "geneva": "switzerland", "vienna": "austria",
    "london": "united kingdom", "paris": "france", "berlin": "germany", "kabul": "afghanistan",
}
COUNTRIES = frozenset(
    {
        "kazakhstan", "belarus", "russia", "tajikistan", "kyrgyzstan", "armenia", "uzbekistan",
        "china", "azerbaijan", "georgia", "ukraine", "belgium", "united states", "switzerland",
        "austria", "united kingdom", "france", "germany", "afghanistan", "serbia", "turkmenistan",
        "mongolia", "iran", "india", "turkey",
    }
)
_LOCATIVE = frozenset({"in", "at", "near"})
REGION_NAMES = frozenset({"Eurasia", "Eastern Europe", "post-Soviet space", "Transcaucasus"})

# Role titles, longest first; a role differs when its title or its country does.
ROLE_TITLES = (
    ("secretary", "general"), ("prime", "minister"), ("foreign", "minister"), ("defense", "minister"),
    ("president",), ("director",), ("head",), ("chairman",), ("minister",), ("premier",), ("ambassador",),
)
ROLE_QUALIFIERS = {
    "kazakh": "kazakhstan", "kazakhstan": "kazakhstan", "armenian": "armenia", "armenia": "armenia",
    "belarusian": "belarus", "belarus": "belarus", "russian": "russia", "russia": "russia",
    "kyrgyz": "kyrgyzstan", "kyrgyzstan": "kyrgyzstan", "tajik": "tajikistan", "tajikistan": "tajikistan",
    "uzbek": "uzbekistan", "uzbekistan": "uzbekistan", "csto": "csto", "nato": "nato", "un": "un",
    "chinese": "china", "american": "united states",
}
_ROLE_WORDS = frozenset(w for title in ROLE_TITLES for w in title) | frozenset(ROLE_QUALIFIERS) | {"the", "of", "s"}
# Capitalised words that are not names of their own: titles, nationalities, months.
_NOT_NAMES = (
    _ROLE_WORDS | HONORIFICS | frozenset(ROLE_QUALIFIERS)
    | frozenset("""january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
    minister ministers general secretary deputy chief vice acting former""".split())
)


def tokens(text: str) -> list[str]:
    """Folded words of `text`; ISO dates stay one token."""
    return TOKEN.findall(fold(text))


def canonical(word: str) -> str:
    stemmed = stem(word)
    return SYNONYMS.get(stemmed, stemmed)


def number_value(token: str) -> int | None:
    if token in NUMBER_WORDS:
        return NUMBER_WORDS[token]
    match = _ORDINAL.match(token)
    if match and not (len(match.group(1)) == 4 and match.group(1)[:2] in ("19", "20")):
        return int(match.group(1))
    return None


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


@dataclass(frozen=True)
class Mention:
    entity: Entity
    start: int
    end: int
    pinned: bool = False  # names one edition, or a one-off thing
    recurring: bool = False  # an exercise named without its year


@dataclass
class Claim:
    """What a claim says, slot by slot."""

    text: str
    words: list[str]
    mentions: list[Mention] = field(default_factory=list)
    missing_edition: str | None = None
    dates: list[DateValue] = field(default_factory=list)
    numbers: list[tuple[int, str]] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
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

    @property
    def subjects(self) -> list[Entity]:
        return [m.entity for m in self.mentions if m.entity.type in SUBJECT_TYPES and m.entity.name not in GENERIC_ENTITIES]

    @property
    def pinned(self) -> bool:
        return any(m.pinned for m in self.mentions)

    @property
    def recurring(self) -> set[str]:
        return {m.entity.name for m in self.mentions if m.recurring}


@dataclass
class Slot:
    kind: str  # date, place, number, participants, role
    status: str  # match, contradict, unknown
    claimed: str
    source: str = ""


@dataclass
class Assessment:
    record: Record
    coverage: float
    slots: list[Slot]
    polarity_ok: bool
    missing: list[str]
    missing_names: list[str] = field(default_factory=list)
    role_stated: int = 0
    bound: bool = True  # the record relates the claim's participants as the claim does
    denies: bool = False  # the record negates what the claim states

    def status(self, status: str) -> list[Slot]:
        return [s for s in self.slots if s.status == status]


class Checker:
    """Checks claims against one store's records and entities; build once, check many."""

    def __init__(
        self, records: Sequence[Record], entities: Sequence[Entity],
        source_text: Callable[[Source], str | None] | None = None,
    ) -> None:
        self.records = list(records)
        self.source_text = source_text
        self._corpus: list[Any] | None = None
        self.entities = [e for e in entities]
        self.by_name = {e.name: e for e in self.entities}
        self._names: list[tuple[tuple[str, ...], Entity]] = []
        self._partial: list[tuple[frozenset[str], Entity]] = []
        self.families: dict[tuple[str, ...], dict[int, Entity]] = {}
        self.family_names: dict[tuple[str, ...], str] = {}
        for entity in self.entities:
            for name in entity.names:
                words = tuple(tokens(name))
                if not words:
                    continue
                year = int(words[-1]) if entity.type == "exercise" and re.fullmatch(r"(19|20)\d\d", words[-1]) else None
                if year is not None and len(words) > 1:
                    self.families.setdefault(words[:-1], {})[year] = entity
                    self.family_names.setdefault(words[:-1], re.sub(r"[\s\-\u2013]*\d{4}$", "", name))
                    continue
                self._names.append((words, entity))
                content = frozenset(w for w in words if w not in STOP_WORDS)
                if entity.type not in ("person", "exercise") and len(content) >= 3:
                    self._partial.append((content, entity))
        self._names.sort(key=lambda pair: -len(pair[0]))
        # Capitalised words of every name; those that head a one-off thing's name
        # and stand in no other name may stand for the whole.
        capitals: dict[str, set[str]] = {}
        heads: dict[str, Entity] = {}
        for entity in self.entities:
            for name in entity.names:
                raw = [w for w in TOKEN.findall(name.translate(_DASHES)) if w.lower() not in STOP_WORDS]
                for position, word in enumerate(raw):
                    if word[:1].isupper():
                        capitals.setdefault(fold(word), set()).add(entity.name)
                        if position == 0 and entity.type in ONE_OFF_TYPES and len(word) >= 4:
                            heads[fold(word)] = entity
        self._heads = {w: e for w, e in heads.items() if capitals.get(w) == {e.name}}
        self.terms = [self._record_terms(r) for r in self.records]
        self.words = [tokens(f"{r.text} | {r.evidence or ''}") for r in self.records]
        self.mentioned = [self._record_entities(r) for r in self.records]
        frequency: dict[str, int] = {}
        for term_set in self.terms:
            for term in term_set:
                frequency[term] = frequency.get(term, 0) + 1
        self.frequency = frequency

    # ---- reading a claim -------------------------------------------------

    def analyse(self, text: str) -> Claim:
        words = tokens(text)
        claim = Claim(text, words)
        raw = list(TOKEN.finditer(text.translate(_DASHES)))
        if len(raw) == len(words):
            claim.caps = [m.group()[:1].isupper() for m in raw]
            claim.offsets = [m.start() for m in raw]
            claim.ends = [m.end() for m in raw]
        else:  # a rare fold that splits or joins words: read no capitals
            claim.caps = [False] * len(words)
            claim.offsets = [-1] * len(words)
            claim.ends = [-1] * len(words)
        claim.quotes = [q for m in QUOTED.finditer(text) if len(tokens(q := next(g for g in m.groups() if g))) >= MIN_QUOTE_WORDS]
        used = [False] * len(words)
        self._find_editions(claim, used)
        self._find_names(claim, used)
        self._find_dates(claim, used)
        self._find_relative_time(claim, used)
        self._find_places_and_states(claim, used)
        self._find_roles(claim, used)
        self._find_numbers(claim, used)
        self._find_unknown_names(claim, used)
        claim.negated = any(w in NEGATIONS for w in words)
        claim.clauses = _has_clause(words)
        seen: dict[str, None] = {}
        kept = [
            i for i, word in enumerate(words)
            if not (used[i] or word in STOP_WORDS or word in LIGHT_WORDS or number_value(word) is not None)
        ]
        terms = _terms([words[i] for i in kept], keep_length=True)
        for i, term in zip(kept, terms):
            if term is None:
                continue
            if term == "member" and claim.states:
                term = COMPOUND  # "Armenia is a member": a member state
            seen.setdefault(term, None)
            claim.surface.setdefault(term, words[i])
        claim.content = [t for t in seen if t not in LIGHT_WORDS]
        claim.light = [w for i, w in enumerate(words) if not used[i] and w in LIGHT_WORDS and w not in STOP_WORDS]
        claim.copula = self._find_copula(claim, used)
        return claim

    def _find_copula(self, claim: Claim, used: list[bool]) -> tuple[Entity, list[str]] | None:
        """A claim of the form "<name> is a/the <what>": whom the predicate is said of."""
        words = claim.words
        for k, word in enumerate(words[:-1]):
            if word not in COPULAS or words[k + 1] not in ("a", "an", "the"):
                continue
            subject = next((m.entity for m in claim.mentions if m.end == k), None)
            if subject is None:
                subject = next((self.by_name[n] for n in claim.states if n in self.by_name and words[k - 1 : k] == tokens(n)[-1:]), None)
            if subject is None:
                return None
            after = [t for i, t in zip(range(k + 1, len(words)), _terms(words[k + 1 :], keep_length=True))
                     if t and not used[i] and words[i] not in STOP_WORDS]
            after = [COMPOUND if t == "member" and claim.states else t for t in after]
            said = [t for t in dict.fromkeys(after) if t in claim.content]
            return (subject, said) if said else None
        return None

    def _find_relative_time(self, claim: Claim, used: list[bool]) -> None:
        match = RELATIVE_TIME.search(claim.text)
        if not match or claim.offsets[:1] == [-1]:
            return
        claim.relative = match.group()
        for i, start in enumerate(claim.offsets):
            if match.start() <= start < match.end():
                used[i] = True

    def _quoted(self, claim: Claim, index: int) -> bool:
        start = claim.offsets[index]
        return any(m.start() < start < m.end() for m in QUOTED.finditer(claim.text))

    def _find_unknown_names(self, claim: Claim, used: list[bool]) -> None:
        """Capitalised words the store knows nothing of: a name the sources must give.

        A run of them next to a known name makes one name with it: "UN Security
        Council" is not the UN, nor any "Security Council". A sentence's first
        word, alone, may just be capitalised, and quoted words are checked as a quote.
        """
        words, caps = claim.words, claim.caps
        size = len(words)

        def unknown(i: int) -> bool:
            word = words[i]
            return (
                caps[i] and not used[i] and word not in STOP_WORDS and word not in _NOT_NAMES
                and number_value(word) is None and not word[:1].isdigit() and not self._quoted(claim, i)
            )

        flags = [unknown(i) for i in range(size)]
        if flags[:1] == [True] and not (size > 1 and flags[1]):
            flags[0] = False
        spans = {(m.start, m.end) for m in claim.mentions if m.start >= 0 and m.entity.name not in GENERIC_ENTITIES}
        spans |= {(m.start, m.end) for m in claim.mentions if m.start >= 0 and m.entity.name in GENERIC_ENTITIES}
        i = 0
        while i < size:
            if not flags[i]:
                i += 1
                continue
            j = i
            while j < size and flags[j]:
                j += 1
            first, last = i, j
            for start, end in spans:  # a known name joined to the run
                if end == first and all(caps[start:end]):
                    first = start
                if start == last and all(caps[start:end]):
                    last = end
            for k in range(i, j):
                used[k] = True
            shown = claim.text[claim.offsets[first] : claim.ends[last - 1]]
            claim.names.append((tuple(words[first:last]), shown))
            i = j

    def _find_editions(self, claim: Claim, used: list[bool]) -> None:
        words = claim.words
        dates = [d.year for d in find_dates(claim.text) if d.year]
        for base, editions in self.families.items():
            size = len(base)
            for i in range(len(words) - size + 1):
                if tuple(words[i : i + size]) != base or any(used[i : i + size]):
                    continue
                after = words[i + size] if i + size < len(words) else ""
                if re.fullmatch(r"(19|20)\d\d", after):
                    end = i + size + 1
                    entity = editions.get(int(after))
                    if entity is None:
                        claim.missing_edition = f"{self.family_names[base]} {after}"
                    else:
                        claim.mentions.append(Mention(entity, i, end, pinned=True))
                    used[i:end] = [True] * (end - i)
                elif size >= 2:
                    chosen = [e for y, e in sorted(editions.items()) if y in dates] or [e for _, e in sorted(editions.items())]
                    for entity in chosen:
                        claim.mentions.append(Mention(entity, i, i + size, recurring=True))
                    used[i : i + size] = [True] * size

    def _find_names(self, claim: Claim, used: list[bool]) -> None:
        words = claim.words
        for name, entity in self._names:
            size = len(name)
            for i in range(len(words) - size + 1):
                if tuple(words[i : i + size]) == name and not any(used[i : i + size]):
                    recurring = entity.type == "exercise"
                    pinned = entity.type in ONE_OFF_TYPES
                    claim.mentions.append(Mention(entity, i, i + size, pinned=pinned, recurring=recurring))
                    used[i : i + size] = [True] * size
        # A place may be part of a document's name ("the border agreement in Khujand"),
        # and so may another name ("the UN General Assembly adopted a resolution on
        # cooperation with the CSTO" names the resolution).
        places = {i for m in claim.mentions if m.entity.type == "place" for i in range(m.start, m.end)}
        present = {w for i, (w, taken) in enumerate(zip(words, used)) if not taken or i in places}
        named = {m.entity.name for m in claim.mentions}
        for content, entity in self._partial:
            if entity.name in named:
                continue
            inner = {
                words[i] for m in claim.mentions if m.start >= 0 and set(words[m.start : m.end]) <= content | STOP_WORDS
                for i in range(m.start, m.end)
            }
            hits = content & (present | inner)
            if len(hits) >= 3 and len(hits) / len(content) >= PARTIAL_NAME:
                claim.mentions.append(Mention(entity, -1, -1, pinned=entity.type in ONE_OFF_TYPES))
                named.add(entity.name)
                for i, word in enumerate(words):
                    if word in hits:
                        used[i] = True
        # A one-off document called by the one capitalised word that heads its
        # name and no other name ("the Roadmap" for the CSTO-CIS-SCO Roadmap).
        for i, word in enumerate(words):
            entity = self._heads.get(word)
            if entity is not None and not used[i] and claim.caps[i] and entity.name not in named:
                claim.mentions.append(Mention(entity, i, i + 1, pinned=True))
                named.add(entity.name)
                used[i] = True

    def _find_dates(self, claim: Claim, used: list[bool]) -> None:
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

    def _find_places_and_states(self, claim: Claim, used: list[bool]) -> None:
        words = claim.words
        for mention in list(claim.mentions):
            entity = mention.entity
            if entity.type not in ("place", "state") or entity.name in REGION_NAMES:
                continue
            key = " ".join(tokens(entity.name))
            before = words[mention.start - 1] if mention.start > 0 else ""
            after = words[mention.end] if mention.end < len(words) else ""
            if entity.type == "place" or before in _LOCATIVE or after in ("hosted", "host", "hosts"):
                claim.places.append(key)
            else:
                claim.states.append(entity.name)
            claim.mentions.remove(mention)
        for name in COUNTRY_OF.keys() | COUNTRIES:
            name_words = name.split()
            size = len(name_words)
            for i in range(len(words) - size + 1):
                if words[i : i + size] == name_words and not any(used[i : i + size]):
                    before = words[i - 1] if i else ""
                    if name in COUNTRY_OF or before in _LOCATIVE:
                        claim.places.append(name)
                        used[i : i + size] = [True] * size

    def _find_roles(self, claim: Claim, used: list[bool]) -> None:
        words = claim.words
        inside: set[int] = set()
        for mention in claim.mentions:
            if mention.entity.type != "person" or mention.start < 0:
                continue
            start = mention.start
            while start > 0 and words[start - 1] in _ROLE_WORDS and (not used[start - 1] or words[start - 1] in ROLE_QUALIFIERS):
                start -= 1
            span = list(range(start, mention.start))
            if not _title(tuple(words[i] for i in span)):
                end = mention.end
                if end < len(words) and words[end] in ("is", "was", "s"):
                    end += 1
                stop = end
                while stop < len(words) and words[stop] in _ROLE_WORDS and (not used[stop] or words[stop] in ROLE_QUALIFIERS):
                    stop += 1
                span = list(range(end, stop))
            role_words = tuple(words[i] for i in span)
            title = _title(role_words)
            if title:
                qualifier = next((ROLE_QUALIFIERS[w] for w in role_words if w in ROLE_QUALIFIERS), None)
                claim.roles.append((mention.entity, title, qualifier))
                for i in span:
                    used[i] = True
                if span:
                    inside.update(range(span[0], span[-1] + 1))
        claim.mentions = [m for m in claim.mentions if m.start < 0 or m.start not in inside]

    def _find_numbers(self, claim: Claim, used: list[bool]) -> None:
        words = claim.words
        claim.numbers = [(n, noun) for n, noun, _ in _numbers(words, used)]
        for i, word in enumerate(words):
            if not used[i] and number_value(word) is not None:
                used[i] = True

    # ---- records ---------------------------------------------------------

    def _record_terms(self, record: Record) -> frozenset[str]:
        names = [record.text, record.evidence or "", record.place or "", record.speaker or "", record.role or ""]
        for name in (*record.entities, record.speaker):
            entity = self.by_name.get(name or "")
            if entity:
                names.extend(entity.names)
                names.append(entity.role or "")
        return frozenset(_terms([w for w in tokens(" ".join(names)) if w not in STOP_WORDS]))

    def _record_entities(self, record: Record) -> frozenset[str]:
        return frozenset(n for n in (*record.entities, record.speaker, record.place) if n)

    # ---- the verdict -----------------------------------------------------

    def check(self, text: str) -> Verdict:
        """The verdict on `text`, with the records it rests on; pure and deterministic."""
        claim = self.analyse(text)
        if not states_something(claim):
            # "Tasmagambetov", "The Khujand border agreement": a name is no claim.
            return Verdict(text, NEI, _nothing_reason(claim))
        for quote in claim.quotes:
            verdict = self._check_quote(text, quote)
            if verdict is not None:
                return verdict
        verdict = self._check_slots(claim)
        if claim.relative and verdict.verdict != REFUTED:
            # "30 years ago" counts from the day it is read; no record is dated from then.
            said = f"; the closest record says: {verdict.evidence[0].text}" if verdict.evidence else ""
            reason = f"relative date: \"{claim.relative}\" counts from today, and the sources give nothing to count from{said}"
            return Verdict(text, NEI, reason, verdict.evidence)
        return verdict

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
        variants = {words, words[:1].swapcase() + words[1:]}
        corpus = self._passages()
        spans = [r.text for r in self.records if r.kind == "quote"] + [r.evidence for r in self.records if r.evidence]
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

    def _passages(self) -> list[Any]:
        if self._corpus is None:
            from cstofacts.quotes import passages

            sources = list({r.source.id: r.source for r in self.records}.values())
            reader = self.source_text or (lambda source: None)
            try:
                self._corpus = passages(sources, self.records, reader)
            except StoreError:  # an unreadable source text: check quotes against the records alone
                self._corpus = passages(sources, self.records, lambda source: None)
        return self._corpus

    def _check_slots(self, claim: Claim) -> Verdict:
        text = claim.text
        if claim.missing_edition:
            return Verdict(text, NEI, f"no record about {claim.missing_edition}: the sources cover other editions")
        role_verdict = self._check_roles(claim)
        if role_verdict is not None and role_verdict.verdict == REFUTED:
            return role_verdict
        subjects = claim.subjects
        if subjects:
            names = {e.name for e in subjects}
            positions = [i for i, m in enumerate(self.mentioned) if m & names]
            if not positions:
                return Verdict(text, NEI, f"no record about {_names(subjects)}")
        else:
            positions = self._fallback(claim)
            if not positions:
                absent = [shown for words, shown in claim.names if not self._named_anywhere(words)]
                if absent:
                    return Verdict(text, NEI, f"the sources do not mention {_and(absent)}")
                return Verdict(text, NEI, "no subject: the claim names no event, meeting, exercise, agreement, document or person the sources cover")
        assessments = [self._assess(claim, self.records[i], i) for i in positions]
        return self._decide(claim, assessments, role_verdict)

    def _decide(self, claim: Claim, assessments: list[Assessment], role_verdict: Verdict | None) -> Verdict:
        text = claim.text

        def rank(a: Assessment) -> tuple[Any, ...]:
            return (-len(a.status("match")), -a.coverage, -a.role_stated, len(a.status("unknown")), len(a.record.text), a.record.id)

        def states_it(a: Assessment) -> bool:
            return a.coverage >= SUPPORT_COVERAGE and not a.missing_names and a.bound and not a.status("contradict") and not a.status("unknown")

        supporting = [a for a in assessments if states_it(a) and a.polarity_ok]
        if supporting:
            # The sources first: a user's own record supports only where no source speaks.
            best = min(supporting, key=lambda a: (_own(a.record), *rank(a)))
            conflicts = self._conflicts(claim, best, assessments)
            if conflicts:
                return self._disagreement(claim, best, conflicts)
            return Verdict(text, SUPPORTED, _support_reason(best, claim), (best.record,))
        # A record that says all the claim says, of the same participants, but
        # with "not" before the very act the claim gives them.
        denying = [a for a in assessments if states_it(a) and a.denies]
        if denying:
            best = min(denying, key=lambda a: (_own(a.record), *rank(a)))
            return Verdict(text, REFUTED, f"{_who(best.record)} says the opposite: {best.record.text}", (best.record,))
        refuting = [
            a for a in assessments
            if a.coverage >= RELEVANT_COVERAGE and a.status("contradict") and (claim.pinned or a.status("match"))
        ]
        if refuting:
            best = min(refuting, key=lambda a: (_own(a.record), -a.coverage, *rank(a)))
            slot = best.status("contradict")[0]
            return Verdict(text, REFUTED, f"{slot.kind}: {_who(best.record)} says {slot.source}", (best.record,))
        relevant = [a for a in assessments if a.coverage >= RELEVANT_COVERAGE] or assessments
        best = min(relevant, key=lambda a: (-a.coverage, *rank(a)))
        absent = [shown for words, shown in claim.names if not self._named_anywhere(words)]
        return Verdict(text, NEI, _nei_reason(best, claim, absent), (best.record,) if best.coverage >= RELEVANT_COVERAGE else ())

    def _conflicts(self, claim: Claim, best: Assessment, assessments: list[Assessment]) -> list[Assessment]:
        """Records that say what the claim says, of the same occasion, but give
        another value on a slot that `best` matches (another date, place, ...)."""
        matched = {s.kind for s in best.status("match")}
        return [
            a for a in assessments
            if a.record is not best.record and a.polarity_ok and a.bound and not a.missing_names
            and a.coverage >= SUPPORT_COVERAGE and (claim.pinned or a.status("match"))
            and any(s.kind in matched for s in a.status("contradict"))
        ]

    def _disagreement(self, claim: Claim, best: Assessment, conflicts: list[Assessment]) -> Verdict:
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

        def differs(a: Assessment) -> str:
            slot = next(s for s in a.status("contradict") if s.kind in kinds)
            return f"{_who(a.record)} says {slot.source}"

        def says(a: Assessment, kind: str) -> str:
            slot = next(s for s in a.status("match") if s.kind == kind)
            return slot.source or slot.claimed

        kind = next(s.kind for s in conflicts[0].status("contradict") if s.kind in kinds)
        records = (best.record, *[a.record for a in conflicts])
        if not _own(best.record) and not sourced:
            reason = _support_reason(best, claim) + "; " + "; ".join(differs(a) for a in conflicts)
            return Verdict(text, SUPPORTED, reason, records)
        if _own(best.record) and sourced:
            first = sourced[0]
            slot = next(s for s in first.status("contradict") if s.kind in kinds)
            reason = (
                f"{kind}: the source says {slot.source}; only your own record {best.record.id} "
                f"says {says(best, kind)}, and the sources outweigh it"
            )
            return Verdict(text, REFUTED, reason, (first.record, best.record))
        who = "the sources" if sourced else "your own records"
        reason = f"{kind}: {who} disagree: {best.record.id} says {says(best, kind)}; " + "; ".join(
            f"{a.record.id} says {next(s.source for s in a.status('contradict') if s.kind == kind)}"
            for a in conflicts if any(s.kind == kind for s in a.status("contradict"))
        )
        return Verdict(text, NEI, reason, records)

    def _fallback(self, claim: Claim) -> list[int]:
        """Records that say most of what a claim without a subject entity says."""
        if len(claim.content) < FALLBACK_MIN_WORDS:
            return []
        found = []
        for i, terms in enumerate(self.terms):
            hits = [t for t in claim.content if t in terms]
            rare = [t for t in hits if self.frequency.get(t, 0) <= len(self.records) / 20]
            if len(hits) >= FALLBACK_MIN_WORDS and rare and len(hits) / len(claim.content) >= FALLBACK_COVERAGE:
                if all(s in self.mentioned[i] for s in claim.states):
                    found.append(i)
        return found

    def _assess(self, claim: Claim, record: Record, position: int) -> Assessment:
        terms = self.terms[position]
        mentioned = self.mentioned[position]
        required = [m.entity.name for m in claim.mentions if m.entity.name not in GENERIC_ENTITIES]
        required = list(dict.fromkeys(required))
        missing = [t for t in claim.content if t not in terms] + [n for n in required if n not in mentioned]
        total = len(claim.content) + len(required)
        weight = sum(self._idf(t) for t in claim.content) + len(required) * 2.0
        lost = sum(self._idf(t) for t in claim.content if t not in terms) + 2.0 * sum(n not in mentioned for n in required)
        coverage = 1.0 if total == 0 else 1 - lost / weight
        slots = []
        slots += [self._date_slot(claim, d, record) for d in claim.dates]
        slots += [self._place_slot(p, record) for p in claim.places]
        slots += [self._number_slot(n, noun, record, position) for n, noun in claim.numbers]
        if claim.states:
            slots.append(self._state_slot(claim, record, slots))
        for entity, title, qualifier in claim.roles:
            slots.append(Slot("role", "match", " ".join(title), entity.role or ""))
        polarity_ok = claim.negated == _negated(record.text)
        text_terms = {canonical(w) for w in tokens(record.text)}
        role_stated = sum(
            {canonical(w) for w in tokens(entity.role or "") if w not in STOP_WORDS} <= text_terms
            for entity, _, _ in claim.roles
        )
        missing_names = [n for n in required if n not in mentioned]
        missing_names += [shown for words, shown in claim.names if not self._names_it(position, words)]
        bound = claim.clauses or self._bound(claim, record, position)
        denies = not claim.negated and not polarity_ok and self._denies(claim, position)
        return Assessment(record, coverage, slots, polarity_ok, missing, missing_names, role_stated, bound, denies)

    def _names_it(self, position: int, name: tuple[str, ...]) -> bool:
        """True when record `position` gives the name (in its words or its entities' names)."""
        if _contains(self.words[position], name):
            return True
        for entity_name in self.mentioned[position]:
            entity = self.by_name.get(entity_name)
            if any(_contains(tokens(n), name) for n in (entity.names if entity else (entity_name,))):
                return True
        return False

    def _named_anywhere(self, name: tuple[str, ...]) -> bool:
        return any(self._names_it(i, name) for i in range(len(self.records)))

    def _bound(self, claim: Claim, record: Record, position: int) -> bool:
        """False when the record names the claim's participants in clauses of their own.

        "The CSTO respects ... its member states that cooperate with NATO" does not
        relate the CSTO to NATO as "The CSTO is a NATO member" does.
        """
        participants = {m.entity.name: m.entity for m in claim.mentions} | {
            n: e for n in claim.states if (e := self.by_name.get(n))
        }
        participants.pop(record.speaker or "", None)
        if claim.copula and not self._says_of(claim.copula, position):
            return False
        if len(participants) < 2:
            return True
        # A topic-wide name (the CSTO) is no required name, but a claim that
        # relates it to another needs a record about it, not about a body of it
        # ("the CSTO Secretariat ... NATO's main members").
        if any(n in GENERIC_ENTITIES and n not in self.mentioned[position] for n in participants):
            return False
        words = tokens(record.text)
        boundaries = [i for i in range(len(words)) if _clause_at(words, i)]
        # Words inside a longer name stand for that name's entity, not this one.
        longer = [
            (i, i + len(name)) for n in self.mentioned[position] if (e := self.by_name.get(n)) and n not in participants
            for name in (tuple(tokens(x)) for x in e.names) for i in _positions(words, name)
        ]
        found = []
        for entity in participants.values():
            at = [
                i for n in entity.names for name in [tuple(tokens(n))] for i in _positions(words, name)
                if not any(lo <= i and i + len(name) <= hi and hi - lo > len(name) for lo, hi in longer)
            ]
            if at:
                found.append(at)
        for k, first in enumerate(found):
            for second in found[k + 1 :]:
                if not any(
                    not any(min(a, b) < c < max(a, b) for c in boundaries) for a in first for b in second
                ):
                    return False
        return True

    def _says_of(self, copula: tuple[Entity, list[str]], position: int) -> bool:
        """True when the record says the predicate of the subject: "X is (a) ... member"."""
        subject, said = copula
        words = tokens(self.records[position].text)
        terms = _terms(words, keep_length=True)
        starts = [(i, len(name)) for n in subject.names for name in [tuple(tokens(n))] for i in _positions(words, name)]
        for term in said:
            hits = [j for j, t in enumerate(terms) if t == term]
            if not any(
                i + size < j <= i + size + 8 and set(words[i + size : j]) & _PREDICATE_LINKS
                and not any(_clause_at(words, c) for c in range(i + size, j))
                for i, size in starts for j in hits
            ):
                return False
        return True

    def _denies(self, claim: Claim, position: int) -> bool:
        """True when the record puts a negation right before one of the claim's words."""
        words = tokens(_META.sub(" ", self.records[position].text))
        content = set(claim.content)
        for i, word in enumerate(words):
            if word not in NEGATIONS:
                continue
            following = [w for w in words[i + 1 : i + 4] if w not in STOP_WORDS or w in ("be",)]
            if any(canonical(w) in content for w in following[:2]):
                return True
        return False

    def _idf(self, term: str) -> float:
        return math.log(1 + len(self.records) / (1 + self.frequency.get(term, 0)))

    # ---- slots -----------------------------------------------------------

    def _date_slot(self, claim: Claim, value: DateValue, record: Record) -> Slot:
        claimed = value.iso if value.year else value.text
        bounds = record_bounds(record.date, record.date_end)
        if bounds is None:
            for found in find_dates(record.text):
                if found.year is None and value.month:
                    if (found.month, found.day) != (value.month, value.day):
                        return Slot("date", "contradict", claimed, found.text)
                    return Slot("date", "unknown" if value.year else "match", claimed, found.text + " (no year)")
            return Slot("date", "unknown", claimed)
        said = record.date if not record.date_end else f"{record.date} to {record.date_end}"
        if value.year is None:
            first, last = bounds
            if first.year != last.year or first.month != last.month:
                return Slot("date", "unknown", claimed, said)
            if value.month != first.month:
                return Slot("date", "contradict", claimed, said)
            if first == last:
                return Slot("date", "match" if value.day == first.day else "contradict", claimed, said)
            return Slot("date", "unknown", claimed, said)
        low, high = value.bounds()
        if high < bounds[0] or low > bounds[1]:
            recurring = {m.entity.name for m in claim.mentions if m.recurring and not m.pinned}
            if recurring & set(record.entities) and value.year not in (bounds[0].year, bounds[1].year):
                return Slot("date", "unknown", claimed, f"{said} (another edition)")
            return Slot("date", "contradict", claimed, said)
        if low <= bounds[0] and bounds[1] <= high:
            return Slot("date", "match", claimed, said)
        if record.date_end and value.precision == parse_iso(record.date or "").precision:
            return Slot("date", "match", claimed, said)
        return Slot("date", "unknown", claimed, said)

    def _place_slot(self, place: str, record: Record) -> Slot:
        label = place.title()
        if not record.place:
            names = {" ".join(tokens(n)) for n in self.mentioned_names(record)}
            return Slot("place", "match" if place in names else "unknown", label)
        source = " ".join(tokens(record.place))
        said = record.place
        if source == place:
            return Slot("place", "match", label, said)
        claim_country = place if place in COUNTRIES else COUNTRY_OF.get(place)
        source_country = source if source in COUNTRIES else COUNTRY_OF.get(source)
        if claim_country is None or source_country is None:
            return Slot("place", "unknown", label, said)
        if place in COUNTRIES and source_country == place:
            return Slot("place", "match", label, said)
        if claim_country != source_country or (place not in COUNTRIES and source not in COUNTRIES):
            return Slot("place", "contradict", label, said)
        return Slot("place", "unknown", label, said)

    def mentioned_names(self, record: Record) -> list[str]:
        names = []
        for name in self.mentioned[self.records.index(record)]:
            entity = self.by_name.get(name)
            names.extend(entity.names if entity else (name,))
        return names

    def _number_slot(self, number: int, noun: str, record: Record, position: int) -> Slot:
        said = [(n, words) for n, w, words in _numbers(tokens(_strip_names(record, self)), None) if w == noun and noun]
        claimed = f"{number} {noun}"
        if not said:
            return Slot("number", "unknown", claimed)
        for n, words in said:
            if n == number:
                return Slot("number", "match", claimed, words)
        return Slot("number", "contradict", claimed, said[0][1])

    def _state_slot(self, claim: Claim, record: Record, slots: list[Slot]) -> Slot:
        record_states = [n for n in record.entities if (e := self.by_name.get(n)) and e.type == "state" and n != record.place]
        claimed = _and(claim.states)
        if all(s in record_states or s == record.place for s in claim.states):
            return Slot("participants", "match", claimed, _and(record_states) if record_states else "")
        if not record_states:  # the record names no state: it says nothing of who took part
            return Slot("participants", "unknown", claimed)
        pinned = claim.pinned or any(s.status == "match" for s in slots)
        if len(record_states) >= 2 and record.kind == "event" and pinned and set(claim.states) & set(record_states):
            return Slot("participants", "contradict", claimed, _and(record_states))
        return Slot("participants", "unknown", claimed, _and(record_states))

    def _check_roles(self, claim: Claim) -> Verdict | None:
        for entity, title, qualifier in claim.roles:
            if not entity.role:
                continue
            source_words = tuple(tokens(entity.role))
            source_titles = {_title(source_words), _role_title(source_words)}
            source_qualifier = next((ROLE_QUALIFIERS[w] for w in source_words if w in ROLE_QUALIFIERS), None)
            if title not in source_titles or (qualifier and source_qualifier and qualifier != source_qualifier):
                evidence = self._role_evidence(entity)
                return Verdict(claim.text, REFUTED, f"role: the source says {entity.name} is {entity.role}", evidence)
        return None

    def _role_evidence(self, entity: Entity) -> tuple[Record, ...]:
        role_terms = {canonical(w) for w in tokens(entity.role or "") if w not in STOP_WORDS}
        about = [(i, r) for i, r in enumerate(self.records) if entity.name in self.mentioned[i]]
        stated = [r for i, r in about if role_terms <= {canonical(w) for w in tokens(r.text)}]
        chosen = sorted(stated or [r for _, r in about], key=lambda r: (len(r.text), r.id))
        return tuple(chosen[:1])

    def checkable(self, sentence: str) -> bool:
        """True when a sentence names an entity (other than the CSTO itself), a date or a number,
        and states something of it (a bare name or title is no claim)."""
        claim = self.analyse(sentence)
        named = [m for m in claim.mentions if m.entity.name not in GENERIC_ENTITIES]
        return bool(
            named or claim.dates or claim.numbers or claim.places or claim.states or claim.missing_edition
        ) and states_something(claim)


def states_something(claim: Claim) -> bool:
    """True when a claim has a predicate: an act or property (a content word beyond the
    names it gives), a slot (date, place, number, role) or a quote.

    "Tasmagambetov", "Tasmagambetov said." and "The Khujand border agreement" only
    name their subject: there is nothing to check, and no record can support them.
    """
    content = [t for t in claim.content if len(t) > 1]  # the "s" of "Tokayev's" says nothing
    if content or claim.dates or claim.numbers or claim.places or claim.roles or claim.relative:
        return True
    if claim.quotes:
        return True
    # "Armenia took part in Interaction-2023": a light verb relating two names.
    named = {m.entity.name for m in claim.mentions} | set(claim.states) | {shown for _, shown in claim.names}
    return bool(claim.light) and len(named) >= 2


def _nothing_reason(claim: Claim) -> str:
    named = list(dict.fromkeys(
        [m.entity.name for m in claim.mentions] + claim.states + [shown for _, shown in claim.names]
        + ([claim.missing_edition] if claim.missing_edition else [])
    ))
    if not named:
        return "the claim states nothing to check (no act, property, date, place or number)"
    return f"the claim states nothing to check about {_and(named)} (no act, property, date, place or number)"


def _join(words: list[str], used: list[bool]) -> tuple[str, list[int]]:
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


def _numbers(words: list[str], used: list[bool] | None) -> list[tuple[int, str, str]]:
    """(number, canonical noun it counts, the words) triples; a noun of "" when none follows."""
    found = []
    i = 0
    while i < len(words):
        value = None if used and used[i] else number_value(words[i])
        if value is None:
            i += 1
            continue
        j = i + 1
        if value in _TENS and j < len(words) and (unit := NUMBER_WORDS.get(words[j])) and unit < 10:
            value += unit
            j += 1
        k = j
        while k < len(words) and (words[k] in STOP_WORDS or words[k] in _NUMBER_FILLER or number_value(words[k]) is not None):
            k += 1
        found.append((value, canonical(words[k]) if k < len(words) else "", " ".join(words[i : k + 1])))
        i = j
    return found


def _strip_names(record: Record, checker: Checker) -> str:
    """Record text without the names it gives (so "Barrier-2023" holds no number)."""
    text = fold(record.text)
    for name in sorted(checker.mentioned_names(record), key=len, reverse=True):
        folded = fold(name)
        if folded:
            text = text.replace(folded, " ")
    return text


def _title(words: tuple[str, ...]) -> tuple[str, ...] | None:
    for title in ROLE_TITLES:
        size = len(title)
        if any(words[i : i + size] == title for i in range(len(words) - size + 1)):
            return title
    return None


def _role_title(words: tuple[str, ...]) -> tuple[str, ...] | None:
    if "head" in words and "ministry" in words and "foreign" in words:
        return ("foreign", "minister")
    return _title(words)


def _terms(words: Sequence[str], keep_length: bool = False) -> list[Any]:
    """Canonical terms of `words`; "member states" is one term, not "member" and "country".

    A record about the CSTO's member states says nothing of who is a member of
    what ("The CSTO is a NATO member"). With `keep_length`, one item per word
    (None for the second word of a compound).
    """
    found: list[Any] = []
    canon = [canonical(w) for w in words]
    skip = False
    for i, term in enumerate(canon):
        if skip:
            skip = False
            if keep_length:
                found.append(None)
            continue
        if term == "member" and i + 1 < len(canon) and canon[i + 1] == "country":
            found.append(COMPOUND)
            skip = True
        else:
            found.append(term)
    return found


def _contains(words: Sequence[str], name: tuple[str, ...]) -> bool:
    return bool(_positions(words, name))


def _positions(words: Sequence[str], name: tuple[str, ...]) -> list[int]:
    size = len(name)
    if not size:
        return []
    return [i for i in range(len(words) - size + 1) if tuple(words[i : i + size]) == name]


def _clause_at(words: Sequence[str], i: int) -> bool:
    """True when word `i` opens a relative clause (not "that" after "said")."""
    return words[i] in CLAUSE_WORDS and not (words[i] == "that" and i > 0 and words[i - 1] in REPORTING)


def _has_clause(words: Sequence[str]) -> bool:
    return any(_clause_at(words, i) for i in range(len(words)))


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _negated(text: str) -> bool:
    return any(w in NEGATIONS for w in tokens(_META.sub(" ", text)))


def _and(names: Sequence[str]) -> str:
    names = list(names)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else "nothing"


def _names(entities: Sequence[Entity]) -> str:
    return _and(list(dict.fromkeys(e.name for e in entities)))


def _names_in(claim: Claim) -> str:
    return _and(list(dict.fromkeys([m.entity.name for m in claim.mentions] + claim.states)))


def _own(record: Record) -> bool:
    """True for a record of the user's own (not a bundled one, nor one of a --db store)."""
    return record.origin == "user"


def _who(record: Record) -> str:
    return f"your own record {record.id}" if _own(record) else "the source"


def _support_reason(best: Assessment, claim: Claim) -> str:
    parts = [
        f"{s.kind} matches {s.source or s.claimed}" if not s.source or fold(s.source) == fold(s.claimed) or s.kind in ("number", "date", "participants")
        else f"{s.kind} {s.claimed} matches {s.source}"
        for s in best.status("match")
    ]
    parts = list(dict.fromkeys(parts))
    if not parts:
        parts = ["the record states it"]
    return "; ".join(parts)


def _nei_reason(best: Assessment, claim: Claim, absent: Sequence[str] = ()) -> str:
    if absent:
        return f"the sources do not mention {_and(absent)}"
    unknown_names = [shown for _, shown in claim.names if shown in best.missing_names]
    if unknown_names:
        return f"the closest record ({best.record.id}) does not mention {_and(unknown_names)}"
    if best.coverage < RELEVANT_COVERAGE:
        subject = _names(claim.subjects) if claim.subjects else "the subject"
        return f"the sources about {subject} do not say this"
    unknown = best.status("unknown")
    if unknown:
        slot = unknown[0]
        if slot.source:  # the closest record gives another value, or one less precise
            return f"{slot.kind}: the sources do not say {slot.claimed}; the closest record ({best.record.id}) says {slot.source}"
        if slot.kind == "date":
            return f"date: the sources do not say {slot.claimed}"
        return f"{slot.kind}: the sources say nothing about {slot.claimed}"
    if best.status("contradict"):
        slot = best.status("contradict")[0]
        return f"{slot.kind}: a record says {slot.source}, but not of the same occasion"
    if best.missing and best.coverage < SUPPORT_COVERAGE or best.missing_names:
        missing = ", ".join(claim.surface.get(t, t) for t in best.missing[:3])
        return f"the closest record ({best.record.id}) does not state it (it does not say: {missing})"
    if not best.bound:
        return f"the closest record ({best.record.id}) does not relate {_names_in(claim)} as the claim does"
    if not best.polarity_ok:
        return f"the closest record ({best.record.id}) says the opposite or words it differently"
    missing = ", ".join(claim.surface.get(t, t) for t in best.missing[:3])
    return f"the closest record ({best.record.id}) does not state it (it does not say: {missing})"


def check(
    claim: str, records: Sequence[Record], entities: Sequence[Entity],
    source_text: Callable[[Source], str | None] | None = None,
) -> Verdict:
    """The verdict on one claim: supported, refuted or not-enough-info, with evidence.

    `source_text` gives a source's full text (Store.source_text), against which
    quoted words in the claim are checked; without it, against the records alone.
    """
    return Checker(records, entities, source_text).check(claim)
