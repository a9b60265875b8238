"""Stage 1: read a sentence into what it says, slot by slot.

The same reading serves a claim and a record's own text, so that the two are
compared in one vocabulary: names, dates, counts, places, who says it, and
the sentence's stance (denied, hedged, conditional, asked, preferring).
"""

from __future__ import annotations

from functools import cached_property

from cstofacts import lexicon
from cstofacts.check.lexical import kin
from cstofacts.check.read.attribution import attribution
from cstofacts.check.read.causes import cause_phrases, cause_verbs
from cstofacts.check.read.chairs import PLACE_TYPES, read_chair
from cstofacts.check.read.cues import read_stance
from cstofacts.check.read.frames import (
    about_a_document,
    adverb_phrase_ends,
    asides,
    containers,
    frames,
    is_cue,
    light_verb,
    place_descriptions,
)
from cstofacts.check.read.interval import Interval, interval
from cstofacts.check.read.names import GENERIC_ENTITIES, Mention, NameIndex
from cstofacts.check.read.numbers import Count, approximation_words, find_counts
from cstofacts.check.read.order import Order, read_order
from cstofacts.check.read.roles import role_reading
from cstofacts.check.read.titled import bodies_of_a_title, titles_of_people
from cstofacts.check.read.when import When, extent_verbs, find_when, relative_time
from cstofacts.check.termsets import (
    NEGATION_TIMES,
    SPAN_WORDS,
    TIME_UNITS,
)
from cstofacts.check.words import MIN_QUOTE_WORDS, QUOTED, Token, tokenize
from cstofacts.models import Entity

# Quoted words: straight or typographic double quotes, or guillemets.
# Words that name a text rather than the world: "the article says", "the report describes".
_LOCATIVE = frozenset({"in", "at", "near", "within"})


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
        self.interval: Interval | None = None  # how long between two acts the claim orders
        self.quotes: list[str] = []
        self.speakers: list[Entity] = []  # who the sentence says holds its words
        self.outlets: list[Entity] = []  # to whom: "in an interview with Izvestia"
        self.interview = False  # given to one outlet: said in an interview, or a text published there
        self.outlet_countries: dict[str, str] = {}  # outlets described, not named: country -> "Belarusian news agency"
        self.chair: str | None = None  # the state that chaired or hosted: "under Belarus's chairmanship"
        self.hosted = False  # the chair is a host ("hosted by Tajikistan"): where the event took place
        self.by_text = False  # "the article says ...": the words are a text's, not a person's
        # the second words of adverb phrases ("so far", "in line with"): said, when a record
        # says them too, and else no part of what the claim states
        self.manner: set[int] = set()
        self.extent_verbs: set[int] = set()  # "stretched from September into October": the date says how long
        self.cause_cues: set[int] = set()  # "paved the way for", "grew out of": said of a cause
        self.about_document: set[int] = set()  # "the roadmap covers ...": the verb of what a document is about
        self.reporting: set[int] = set()  # token indexes of the attribution frame
        self.unknown_outlets: set[int] = set()  # where a name the store lacks stands as an outlet ("told Kommersant")
        self.negations: list[int] = []
        self.denied: set[int] = set()  # token indexes within the scope of a negation
        self.denied_heads: set[int] = set()  # the first word each negation denies
        self.hedges: list[str] = []
        self.hedged: set[int] = set()  # token indexes within a hedge's clause
        self.certain: list[str] = []
        self.stance_at: set[int] = set()  # words of certainty or doubt, no content ("are certain that", "doubts")
        self.doubts: list[str] = []  # the words that doubt what follows ("doubtful whether", "unsure")
        self.conditional = False
        self.question = False
        self.preferred: tuple[set[str], set[str]] | None = None  # (preferred lemmas, set aside)
        self.order: Order | None = None  # two people's acts in order ("A spoke before B")
        self.content: list[int] = []  # token indexes of the words of what is said
        self.dated: set[int] = set()  # token indexes inside the dates it names
        self.titles: set[int] = set()  # token indexes of people's titles ("Dr.", "a Doctor of Historical Sciences")
        self.phrases: dict[int, str] = {}  # content index -> the lemma of the phrase it opens

    @cached_property
    def entities(self) -> list[Entity]:
        return list({m.entity.name: m.entity for m in self.mentions}.values())

    @cached_property
    def subjects(self) -> list[Entity]:
        """The entities named that can be what a sentence is about: not the CSTO itself,
        and not the outlet it was said to (the outlet slot checks that)."""
        aside = {e.name for e in self.outlets} | {e.name for e in self.places} | {self.chair or ""}
        # and not a country that only describes the outlet ("Russia's RIA Novosti")
        aside |= {m.entity.name for m in self.mentions if m.start >= 0 and set(range(m.start, m.end)) <= self.reporting}
        # nor the state whose office a title names, when it is the office the person holds
        # ("Kazakhstan's president": Tokayev; "Belarus's prime minister" is no Pashinyan's)
        offices = [m for m in self.mentions if m.how == "role" and m.start >= 0]
        aside |= {
            m.entity.name
            for m in self.mentions
            for office in offices
            if m.entity.type == "state"
            and m.how != "role"
            and ((office.start <= m.start and m.end <= office.end) or m.end == office.start)
            and m.entity.name.lower() in role_reading(office.entity.role or "")[1]
        }
        aside |= bodies_of_a_title(self)
        return [e for e in self.entities if e.name not in GENERIC_ENTITIES and e.name not in aside]

    @cached_property
    def places(self) -> list[Entity]:
        """Places and states named as where something was ("in Almaty", "at Minsk"),
        the store's or any the lexicon knows ("in Dushanbe", "in Astana")."""
        found = []
        for m in self.mentions:
            if m.entity.type in PLACE_TYPES and self._after_locative(m.start):
                if self.text[self.tokens[m.end - 1].end :][:2] in ("'s", "\u2019s"):
                    continue  # "in Armenia's change of position": whose change, not where
                found.append(m.entity)
        for i, token in enumerate(self.tokens[1:], 1):
            if i in self.named or not token.capitalised or self.tokens[i - 1].word not in _LOCATIVE:
                continue
            if lexicon.is_place(token.word):
                found.append(Entity(token.raw, "place"))
        found += [Entity(city, "place") for city, _ in self.capitals]
        return found

    def _after_locative(self, at: int) -> bool:
        """True when a locative stands before the word at `at`, or before its article:
        "in Almaty", "in the Eurasian space", "within the Eastern European arena"."""
        before = [t.word for t in self.tokens[max(0, at - 2) : at]]
        return bool(before) and (
            before[-1] in _LOCATIVE or (len(before) == 2 and before[-1] == "the" and before[0] in _LOCATIVE)
        )

    @cached_property
    def capitals(self) -> list[tuple[str, set[int]]]:
        """A capital named by its country, with the words that name it: "the Belarusian
        capital" and "the capital of Belarus" are Minsk (from WordNet's glosses)."""
        found = []
        words = [t.word for t in self.tokens]
        for i, word in enumerate(words):
            if word != "capital":
                continue
            before = i - 1 if i > 0 else None
            after = i + 2 if i + 2 < len(words) and words[i + 1] == "of" else None
            for at in (before, after):
                if at is None:
                    continue
                country = lexicon.country(words[at])
                city = lexicon.capital(country) if country else None
                if city:
                    found.append((city.title(), {i, at} | ({i + 1} if at == after else set())))
                    break
        return found

    @property
    def content_lemmas(self) -> list[str]:
        return [self.phrases.get(i, self.tokens[i].lemma) for i in self.content]

    @cached_property
    def named(self) -> frozenset[int]:
        """The indexes of the tokens inside the names the sentence gives."""
        return frozenset(i for m in self.mentions if m.start >= 0 for i in range(m.start, m.end))

    def lemma_at(self, i: int) -> str:
        return self.phrases.get(i, self.tokens[i].lemma)

    @property
    def negated(self) -> bool:
        return bool(self.negations)

    @property
    def states_outright(self) -> bool:
        """True when the claim states its point, neither denying, hedging, setting a
        condition on nor asking it: what rules that read a claim's content assume."""
        return not (self.negations or self.hedges or self.conditional or self.question)


def read(text: str, names: NameIndex) -> Reading:
    tokens = tokenize(text)
    reading = Reading(text, tokens)
    dates = find_when(text)
    years = [d.first.year for d in dates if d.year]
    reading.mentions, reading.missing_edition = names.find(tokens, years)
    reading.dates = _outside_names(reading, dates)  # "Interaction-2023" is a name, not a date
    reading.relative = relative_time(text)
    reading.dated = _date_tokens(reading)
    # "the roadmap": a head the sources' name is known by, in lower case, is a word of what
    # is said as well (the records' "Roadmap" holds it), not only a name
    common_heads = {m.start for m in reading.mentions if m.how == "head" and not tokens[m.start].capitalised}
    taken = (set(reading.named) - common_heads) | reading.dated
    counts = find_counts(tokens, taken)
    reading.counts = [c for c in counts if not _names_counted(reading, c)]
    pointing = {c.at for c in counts if c not in reading.counts}  # "the two countries": no word of content
    taken |= {c.at for c in reading.counts}
    reading.quotes = [
        q
        for q in (next(g for g in m.groups() if g) for m in QUOTED.finditer(text))
        if len(q.split()) >= MIN_QUOTE_WORDS
    ]
    attribution(reading)
    read_stance(reading)
    reading.chair, reading.hosted, chairing = read_chair(reading)
    # "no longer", "not yet": the negation's own words, no content ("no more than" says "only")
    of_time = {
        n + 1 for n in reading.negations if n + 1 < len(tokens) and tokens[n + 1].word in NEGATION_TIMES - {"more"}
    }
    cues = (
        set(reading.negations)
        | reading.stance_at
        | of_time
        | reading.reporting
        | chairing
        | frames(tokens)
        | asides(reading)
    )
    cues |= _particles_of(tokens, reading.reporting) | pointing | containers(reading) | read_order(reading)
    reading.interval = interval(reading)  # "about four months before": for the order rules to bear out
    cues |= cause_verbs(reading) | (reading.interval.tokens if reading.interval is not None else set())
    reading.about_document = about_a_document(reading)
    cues |= reading.about_document
    places = {i for i, t in enumerate(tokens) if any(e.name == t.raw for e in reading.places)}
    places |= {i for _, words in reading.capitals for i in words} | place_descriptions(tokens)
    reading.titles = titles_of_people(reading)
    reading.manner = adverb_phrase_ends(tokens)
    reading.extent_verbs = extent_verbs(reading, reading.dated)
    reading.cause_cues = cause_phrases(reading)
    # "some 25", "more than 30": how sure a count is, which the count slot compares
    cues |= {i for c in reading.counts for i in approximation_words(tokens, c)}
    content = [
        i
        for i, t in enumerate(tokens)
        if i not in taken
        and i not in cues
        and not t.function
        and not is_cue(t)
        and not t.word.isdigit()
        and i not in reading.titles
        and i not in places
    ]
    reading.phrases, inside = _phrases(tokens, content)
    # A light verb's act is its noun's ("gave an interview"): the verb itself says nothing.
    reading.content = [i for i in content if i not in inside and (i in reading.phrases or not light_verb(tokens, i))]
    return reading


# The kinds of thing a count may point back to, by WordNet's class of its noun.
_COUNTED_KINDS = {"noun.location": ("state", "place"), "noun.person": ("person",)}
# WordNet's word for a nation's people (and its synonyms, "nation", "citizenry"): no name
# of the store is one, so "the two peoples" names those a sentence before gave.
PEOPLES = frozenset({"people"})


def _names_counted(reading: Reading, count: Count) -> bool:
    """ "Kyrgyzstan and Tajikistan ..., the two countries' leaders": a count after
    "the" of as many things of its kind as the sentence names before it points back
    to them; it counts nothing of its own."""
    if count.at == 0 or count.noun is None or reading.tokens[count.at - 1].word not in ("the", "these", "those"):
        return False
    kinds = {t for c in lexicon.classes(count.noun) for t in _COUNTED_KINDS.get(c, ())}
    if count.value == 2 and not count.ordinal and kin(count.noun, PEOPLES):
        # "tensions between the two peoples", named in a sentence before: a pair, no count
        # (of states, persons and things, the names the sentence gives decide, below)
        return True
    named = {m.entity.name for m in reading.mentions if 0 <= m.start < count.at and m.entity.type in kinds}
    return not count.ordinal and len(named) == count.value


def _particles_of(tokens: list[Token], verbs: set[int]) -> set[int]:
    """The particle each verb of an attribution frame takes ("pointed out that"): the
    frame's too, no content of its own."""
    return {
        i + 1
        for i in verbs
        if i + 1 < len(tokens)
        and any(
            lexicon.entry(f"{verb} {tokens[i + 1].word}") is not None
            for verb in (tokens[i].lemma, *_verb_bases(tokens[i].word))
        )
    }


def _verb_bases(word: str) -> frozenset[str]:
    entry = lexicon.entry(word)
    return entry.also if entry is not None else frozenset()


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
            rest = " ".join(t.lemma for t in span[1:])
            # its first word as its lemma, as written, or as the verb it may be ("laid" -> "lay")
            firsts = [span[0].lemma, *sorted(_verb_bases(span[0].word))]
            for phrase in (*(f"{first} {rest}" for first in firsts), " ".join(t.word for t in span)):
                entry = lexicon.entry(phrase)
                if entry is not None:
                    found[i] = entry.lemma
                    inside.update(range(i + 1, i + size))
                    break
            if i in found:
                break
        if i not in found and _titled_general(tokens, i):
            found[i] = f"{tokens[i].lemma} general"  # "director general": one title, as "secretary general" is
            inside.add(i + 1)
    return found, inside


def _titled_general(tokens: list[Token], i: int) -> bool:
    """A person's noun with "general" after it: a title ("director general"), the
    adjective put after its noun as titles do."""
    return i + 1 < len(tokens) and tokens[i + 1].word == "general" and "noun.person" in lexicon.classes(tokens[i].lemma)


def _outside_names(reading: Reading, dates: list[When]) -> list[When]:
    spans = [(reading.tokens[m.start].start, reading.tokens[m.end - 1].end) for m in reading.mentions if m.start >= 0]
    kept = []
    for value in dates:
        at = reading.text.find(value.text)
        if at >= 0 and any(a <= at and at + len(value.text) <= b for a, b in spans):
            continue
        kept.append(value)
    return kept


def _date_tokens(reading: Reading) -> set[int]:
    taken: set[int] = set()
    for value in reading.dates:
        at = reading.text.find(value.text)
        if at < 0:
            continue
        end = at + len(value.text)
        inside = [i for i, t in enumerate(reading.tokens) if at <= t.start < end]
        taken |= set(inside)
        if inside and value.precision == "span" and inside[0] > 0:
            before = reading.tokens[inside[0] - 1]
            if before.word in SPAN_WORDS:
                taken.add(inside[0] - 1)  # "the decade 2025-2035", "the years 2026-2030": the span's own word
    # "held that year", "in September of the same year": a date the sentence before gave
    tokens = reading.tokens
    taken |= {
        i for i in range(1, len(tokens)) if tokens[i].word in TIME_UNITS and tokens[i - 1].word in ("that", "same")
    }
    return taken
