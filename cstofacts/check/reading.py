"""Stage 1: read a sentence into what it says, slot by slot.

The same reading serves a claim and a record's own text, so that the two are
compared in one vocabulary: names, dates, counts, places, who says it, and
the sentence's stance (denied, hedged, conditional, asked, preferring).
"""

from __future__ import annotations

import re
from functools import cached_property

from cstofacts import lexicon
from cstofacts.check.names import GENERIC_ENTITIES, Mention, NameIndex
from cstofacts.check.numbers import Count, find_counts
from cstofacts.check.termsets import (
    ABSENCE_NOUNS,
    ATTRIBUTION_PHRASES,
    CERTAINTY,
    CONDITION_PHRASES,
    CONDITIONS,
    HEDGES,
    LIGHT_VERBS,
    NEGATING_VERBS,
    NEGATIONS,
    PREFERENCE_PHRASES,
    PREFERRING_VERBS,
    QUESTION_WORDS,
    SENTENCE_CONTRASTS,
)
from cstofacts.check.when import When, find_when, relative_time
from cstofacts.check.words import Token, positions, tokenize
from cstofacts.models import Entity

# Quoted words: straight or typographic double quotes, or guillemets.
QUOTED = re.compile(r'"([^"]+)"|\u201c([^\u201c\u201d]+)\u201d|\u00ab([^\u00ab\u00bb]+)\u00bb')
MIN_QUOTE_WORDS = 3
PLACE_TYPES = frozenset({"place", "state"})
# Words that name a text rather than the world: "the article says", "the report describes".
TEXT_NOUNS = frozenset({"article", "report", "text", "source", "page", "piece", "summary", "headline", "interview"})
_REPORTING_CLASSES = frozenset({"verb.communication", "verb.cognition"})
_LOCATIVE = frozenset({"in", "at", "near"})


class Reading:
    """What one sentence says, slot by slot. A plain class, not a dataclass: the
    dataclasses module and its generated code cost every `check` start-up."""

    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.text = text
        self.tokens = tokens
        self.mentions: list[Mention] = []
        self.missing_edition: str | None = None
        self.dates: list[When] = []
        self.relative: str | None = None
        self.counts: list[Count] = []
        self.quotes: list[str] = []
        self.speakers: list[Entity] = []  # who the sentence says holds its words
        self.outlets: list[Entity] = []  # to whom: "in an interview with Izvestia"
        self.interview = False  # the words were said in an interview (given to one outlet)
        self.chair: str | None = None  # the state that chaired or hosted: "under Belarus's chairmanship"
        self.by_text = False  # "the article says ...": the words are a text's, not a person's
        self.reporting: set[int] = set()  # token indexes of the attribution frame
        self.negations: list[int] = []
        self.denied: set[int] = set()  # token indexes within the scope of a negation
        self.denied_heads: set[int] = set()  # the first word each negation denies
        self.hedges: list[str] = []
        self.certain: list[str] = []
        self.conditional = False
        self.question = False
        self.preferred: tuple[set[str], set[str]] | None = None  # (preferred lemmas, set aside)
        self.content: list[int] = []  # token indexes of the words of what is said
        self.phrases: dict[int, str] = {}  # content index -> the lemma of the phrase it opens

    @cached_property
    def entities(self) -> list[Entity]:
        return list({m.entity.name: m.entity for m in self.mentions}.values())

    @cached_property
    def subjects(self) -> list[Entity]:
        """The entities named that can be what a sentence is about: not the CSTO itself,
        and not the outlet it was said to (the outlet slot checks that)."""
        aside = {e.name for e in self.outlets} | {e.name for e in self.places} | {self.chair or ""}
        return [e for e in self.entities if e.name not in GENERIC_ENTITIES and e.name not in aside]

    @cached_property
    def places(self) -> list[Entity]:
        """Places and states named as where something was ("in Almaty", "at Minsk"),
        the store's or any the lexicon knows ("in Dushanbe", "in Astana")."""
        found = []
        for m in self.mentions:
            if m.entity.type in PLACE_TYPES and m.start > 0 and self.tokens[m.start - 1].word in _LOCATIVE:
                found.append(m.entity)
        named = {i for m in self.mentions if m.start >= 0 for i in range(m.start, m.end)}
        for i, token in enumerate(self.tokens[1:], 1):
            if i in named or not token.capitalised or self.tokens[i - 1].word not in _LOCATIVE:
                continue
            if lexicon.country(token.word) and "noun.location" in lexicon.classes(token.word):
                found.append(Entity(token.raw, "place"))
        return found

    @property
    def content_lemmas(self) -> list[str]:
        return [self.phrases.get(i, self.tokens[i].lemma) for i in self.content]

    def lemma_at(self, i: int) -> str:
        return self.phrases.get(i, self.tokens[i].lemma)

    @property
    def negated(self) -> bool:
        return bool(self.negations)


def read(text: str, names: NameIndex) -> Reading:
    tokens = tokenize(text)
    reading = Reading(text, tokens)
    dates = find_when(text)
    years = [d.first.year for d in dates if d.year]
    reading.mentions, reading.missing_edition = names.find(tokens, years)
    reading.dates = _outside_names(reading, dates)  # "Interaction-2023" is a name, not a date
    reading.relative = relative_time(text)
    taken = _name_tokens(reading) | _date_tokens(reading)
    reading.counts = find_counts(tokens, taken)
    taken |= {c.index for c in reading.counts}
    reading.quotes = [q for q in (next(g for g in m.groups() if g) for m in QUOTED.finditer(text))
                      if len(q.split()) >= MIN_QUOTE_WORDS]
    _attribution(reading)
    _stance(reading)
    reading.chair = _chair(reading)
    cues = set(reading.negations) | reading.reporting
    places = {i for i, t in enumerate(tokens) if any(e.name == t.raw for e in reading.places)}
    content = [
        i for i, t in enumerate(tokens)
        if i not in taken and i not in cues and not t.function and not _cue(t) and not t.word.isdigit()
        and i not in _titles_of_people(reading) and i not in places
    ]
    reading.phrases, inside = _phrases(tokens, content)
    # A light verb's act is its noun's ("gave an interview"): the verb itself says nothing.
    reading.content = [i for i in content if i not in inside and (i in reading.phrases or tokens[i].lemma not in LIGHT_VERBS)]
    return reading


def _phrases(tokens: list[Token], content: list[int]) -> tuple[dict[int, str], set[int]]:
    """Words the lexicon knows together ("took place" -> "take place", "point out"):
    one unit of meaning, opened by their first word."""
    found: dict[int, str] = {}
    inside: set[int] = set()
    for i in content:
        if i in inside:
            continue
        for size in (3, 2):
            span = tokens[i : i + size]
            if len(span) < size:
                continue
            if any(t.function for t in span):
                continue  # "signed in Khujand" is no phrasal verb "sign in"
            for phrase in (" ".join(t.lemma for t in span), " ".join(t.word for t in span)):
                entry = lexicon.entry(phrase)
                if entry is not None:
                    found[i] = entry.lemma
                    inside.update(range(i + 1, i + size))
                    break
            if i in found:
                break
    return found, inside


def _titles_of_people(reading: Reading) -> set[int]:
    """Words naming a person's title or honorific just before their name ("Dr.
    Babaev", "Armenian Prime Minister Nikol Pashinyan"): the role slot reads them."""
    found: set[int] = set()
    for m in reading.mentions:
        if m.entity.type != "person" or m.start < 1:
            continue
        j = m.start - 1
        while j >= 0 and reading.tokens[j].capitalised and not reading.tokens[j].function:
            found.add(j)
            j -= 1
    return found


def _outside_names(reading: Reading, dates: list[When]) -> list[When]:
    spans = [(reading.tokens[m.start].start, reading.tokens[m.end - 1].end) for m in reading.mentions if m.start >= 0]
    kept = []
    for value in dates:
        at = reading.text.find(value.text)
        if at >= 0 and any(a <= at and at + len(value.text) <= b for a, b in spans):
            continue
        kept.append(value)
    return kept


_CHAIR_WORDS = frozenset({"chairmanship", "chair", "chairman", "preside", "presidency", "host"})


def _chair(reading: Reading) -> str | None:
    """The state a sentence says chaired or hosted a meeting: "under the chairmanship
    of the Republic of Kazakhstan", "under Belarus's chairmanship", "chaired by Armenia"."""
    for i, token in enumerate(reading.tokens):
        if token.lemma not in _CHAIR_WORDS:
            continue
        near = [m for m in reading.mentions if m.entity.type == "state" and m.start >= 0 and abs(m.start - i) <= 5]
        if near:
            return min(near, key=lambda m: abs(m.start - i)).entity.name
    return None


def _name_tokens(reading: Reading) -> set[int]:
    return {i for m in reading.mentions if m.start >= 0 for i in range(m.start, m.end)}


def _date_tokens(reading: Reading) -> set[int]:
    taken: set[int] = set()
    for value in reading.dates:
        at = reading.text.find(value.text)
        if at < 0:
            continue
        end = at + len(value.text)
        taken |= {i for i, t in enumerate(reading.tokens) if at <= t.start < end}
    return taken


def _cue(token: Token) -> bool:
    return token.word in NEGATIONS or token.word in HEDGES or token.word in CERTAINTY or token.word in CONDITIONS \
        or token.word in SENTENCE_CONTRASTS


_TO_OUTLET = frozenset({("interview", "with"), ("interview", "to"), ("speaking", "to"), ("told",), ("reported", "by"),
                        ("as", "reported", "by"), ("quoted", "by")})


def _attribution(reading: Reading) -> None:
    """Who the sentence says holds its words ("X said", "according to X", "in X's
    view") and to whom they were said ("in an interview with Y", "told Y")."""
    tokens = reading.tokens
    words = [t.word for t in tokens]
    by_start = {m.start: m for m in reading.mentions if m.start >= 0}
    speakers: dict[str, Entity] = {}
    outlets: dict[str, Entity] = {}
    for phrase in ATTRIBUTION_PHRASES:
        for i in positions(words, phrase):
            reading.reporting |= set(range(i, i + len(phrase)))
            nxt = i + len(phrase)
            while nxt < len(tokens) and words[nxt] in ("the", "a", "an", "newspaper", "agency", "news"):
                nxt += 1
            after = by_start.get(nxt)
            if phrase in _TO_OUTLET:
                if after is not None:
                    outlets[after.entity.name] = after.entity
                    reading.interview = reading.interview or phrase[-1] in ("with", "told", "to")
                before = _subject_before(reading, i)  # "Tasmagambetov told Izvestia"
                if isinstance(before, Mention) and before.entity.type != "outlet":
                    speakers[before.entity.name] = before.entity
            elif after is not None:
                speakers[after.entity.name] = after.entity
            elif nxt < len(tokens) and words[nxt] in TEXT_NOUNS:
                reading.by_text = True
    quoted = _quoted_spans(reading.text)
    for i, token in enumerate(tokens):
        if any(a <= token.start < b for a, b in quoted):
            continue  # words inside quotation marks say nothing of who says them
        after_text = i > 0 and any(words[j] in TEXT_NOUNS for j in range(max(0, i - 2), i))
        if after_text and "verb.communication" in lexicon.classes(token.lemma):
            reading.by_text = True  # "the article presents ...", "the report describes ..."
            reading.reporting.add(i)
            continue
        if i in reading.reporting or not _reporting_verb(token, words[i + 1] if i + 1 < len(words) else ""):
            continue
        if i and (words[i - 1] in _NOT_BEFORE_A_VERB or _possessive(reading.text, tokens[i - 1])):
            continue  # "to avoid", "the report", "Aleynik's remarks": not a verb of saying here
        if i and words[i - 1] in _VERBS_OF_BEING and not token.word.endswith("ing"):
            continue  # "is described as": a passive, no one's words
        subject = _subject_before(reading, i)
        if subject is None:
            after = by_start.get(i + 1)  # "..., said Tokayev"
            subject = after if after is not None and after.entity.type == "person" else None
        if isinstance(subject, Mention):
            target = outlets if subject.entity.type == "outlet" else speakers
            target.setdefault(subject.entity.name, subject.entity)
            reading.reporting.add(i)
        elif subject == "text":
            reading.by_text = True
            reading.reporting.add(i)
    reading.speakers = list(speakers.values())
    reading.outlets = list(outlets.values())
    if "interview" in words and outlets:
        reading.interview = True


_NOT_BEFORE_A_VERB = frozenset({"to", "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these"})


def _possessive(text: str, token: Token) -> bool:
    return text[token.end : token.end + 2] in ("'s", "\u2019s") or text[token.end : token.end + 1] in ("'", "\u2019") \
        and token.word.endswith("s")


def _reporting_verb(token: Token, following: str) -> bool:
    """A verb of reported speech: one WordNet gives the frame "Somebody ----s that
    CLAUSE" or "Somebody ----s somebody to INFINITIVE" (say, note, urge), or any
    verb of saying or thinking when "that" follows ("cautioned that")."""
    if token.function:
        return False
    classes = lexicon.classes(token.lemma)
    if "frame.that" in classes or "frame.to" in classes:
        return True
    return following == "that" and bool(classes & _REPORTING_CLASSES)


def _subject_before(reading: Reading, verb: int) -> Mention | str | None:
    """The speaker a reporting verb follows: a name within three words ("Tokayev
    has said", "the Kazakh president said"), or a text ("the article says")."""
    quoted = _quoted_spans(reading.text)
    for m in reading.mentions:
        if m.start >= 0 and any(a <= reading.tokens[m.start].start < b for a, b in quoted):
            continue
        if m.start >= 0 and 0 <= verb - m.end <= 2:
            between = reading.tokens[m.end : verb]
            # "Tokayev has said", "the Secretariat's analysts point out"
            if all(t.function for t in between) or (
                _possessive(reading.text, reading.tokens[m.end - 1])
                and all(t.function or "noun.person" in lexicon.classes(t.lemma) for t in between)
            ):
                return m
    for j in range(max(0, verb - 3), verb):
        if reading.tokens[j].word in TEXT_NOUNS:
            return "text"
    return None


def _stance(reading: Reading) -> None:
    tokens = reading.tokens
    words = [t.word for t in tokens]
    quoted = _quoted_spans(reading.text)
    for i, token in enumerate(tokens):
        if any(a <= token.start < b for a, b in quoted):
            continue  # "the absence of so-called "rigid" discipline": the quoted words are not the stance
        if token.word in NEGATIONS or token.lemma in NEGATING_VERBS or token.word in ABSENCE_NOUNS:
            reading.negations.append(i)
        elif token.word in HEDGES:
            reading.hedges.append(token.word)
        elif token.word in CERTAINTY:
            reading.certain.append(token.word)
    reading.denied, reading.denied_heads = _scopes(reading)
    reading.conditional = any(w in CONDITIONS for w in words) or any(positions(words, p) for p in CONDITION_PHRASES) \
        or "would" in words
    reading.question = reading.text.rstrip().endswith("?") and bool(words) and words[0] in QUESTION_WORDS
    reading.preferred = _preference(reading)


# Where a negation's reach ends: the clause.
_CLAUSE_ENDS = frozenset({"but", "while", "whereas", "although", "though", "yet", "instead", "rather"})


_MODIFIER_CLASSES = frozenset({"adv.all", "adj.all", "adj.pert", "adj.ppl"})
_VERBS_OF_BEING = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had"})


def _scopes(reading: Reading) -> tuple[set[int], set[int]]:
    """The tokens a negation denies, from the cue to the end of its clause (a comma
    or semicolon, a dash, "but", "while", "rather"), at most ten words on; "the
    absence of X" denies only X. And the first word of what each denies."""
    tokens = reading.tokens
    text = reading.text
    denied: set[int] = set()
    heads: set[int] = set()
    for cue in reading.negations:
        head = first = None
        for j in range(cue + 1, min(len(tokens), cue + 11)):
            between = text[tokens[j - 1].end : tokens[j].start]
            if any(mark in between for mark in ",;:.()\u2014\u2013") or tokens[j].word in _CLAUSE_ENDS:
                break
            if tokens[cue].word in ABSENCE_NOUNS and tokens[j].word in _VERBS_OF_BEING:
                break
            denied.add(j)
            if tokens[j].function or tokens[j].word in NEGATIONS:
                continue
            first = j if first is None else first
            if head is None and not lexicon.classes(tokens[j].lemma) <= _MODIFIER_CLASSES:
                head = j  # the act or thing denied, not a word that only qualifies it ("habitually")
        if head is not None or first is not None:
            heads.add(head if head is not None else first)  # type: ignore[arg-type]
    return denied, heads


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in QUOTED.finditer(text)]


def _preference(reading: Reading) -> tuple[set[str], set[str]] | None:
    """"X rather than Y", "X instead of Y", "prioritize X over Y": (X's lemmas, Y's lemmas)."""
    tokens = reading.tokens
    words = [t.word for t in tokens]
    for phrase in PREFERENCE_PHRASES:
        for i in positions(words, phrase):
            return _sides(reading, i, i + len(phrase))
    for i, token in enumerate(tokens):
        if token.word == "over" and any(t.lemma in PREFERRING_VERBS for t in tokens[max(0, i - 8) : i]):
            return _sides(reading, i, i + 1)
    return None


def _sides(reading: Reading, start: int, end: int) -> tuple[set[str], set[str]]:
    """The words before a preference cue, back to the clause's start, and after it,
    to the clause's end."""
    tokens, text = reading.tokens, reading.text

    def breaks(a: int, b: int) -> bool:
        return any(mark in text[tokens[a].end : tokens[b].start] for mark in ";:.\u2014") or tokens[b].word in ("instead",)

    first = start
    while first > 0 and not breaks(first - 1, first) and start - first < 14:
        first -= 1
    last = end
    while last < len(tokens) and (last == end or not breaks(last - 1, last)) and last - end < 10:
        last += 1
    before = {t.lemma for t in tokens[first:start] if not t.function}
    after = {t.lemma for t in tokens[end:last] if not t.function}
    return before, after
