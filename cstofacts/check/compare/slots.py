"""Stage 3: compare a claim with one record, slot by slot: what it is about, the
words of what it says, and its date, place, counts, participants, roles,
speaker and outlet. Each slot matches, conflicts, or is not given."""

from __future__ import annotations

import math
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from functools import lru_cache

from cstofacts import lexicon
from cstofacts.check.compare import dated
from cstofacts.check.compare.changes import opposite_change
from cstofacts.check.compare.counts import count_slots, years_held
from cstofacts.check.compare.degrees import degree_slots
from cstofacts.check.compare.phrases import phrase_head, phrase_match
from cstofacts.check.compare.places import chair_slots, denied_host, place_slots
from cstofacts.check.compare.qualities import (
    degree_of_a_quality,
    of_the_same_thing,
    opposed_in_no_such_use,
    own_adjective,
    qualities_of_other_things,
    synonym_of_another_thing,
)
from cstofacts.check.compare.senses import noun_for_a_verb, rarer_sense
from cstofacts.check.compare.sequence import sequence_slots
from cstofacts.check.compare.titles import role_slots
from cstofacts.check.compare.who import (
    as_author,
    as_office,
    body_slots,
    outlet_slots,
    participant_slots,
    speaker_slots,
    subject_found,
    text_slots,
)
from cstofacts.check.find.views import RecordView
from cstofacts.check.lexical import match_word, names_apart
from cstofacts.check.opposites import act_opposed
from cstofacts.check.read.reading import Reading
from cstofacts.check.slot import ABSENT as ABSENT
from cstofacts.check.slot import CONFLICT as CONFLICT
from cstofacts.check.slot import MATCH as MATCH
from cstofacts.check.slot import Slot as Slot
from cstofacts.check.termsets import COPULAS, PREPOSITIONS
from cstofacts.check.words import noun_use, predicating, tokenize
from cstofacts.index import SearchIndex
from cstofacts.models import Record
from cstofacts.text import stem

# How much a word of the claim counts when the record has it in another form.
MATCH_WEIGHTS = {"same": 1.0, "synonym": 0.9, "derived": 0.9, "broader": 0.8, "narrower": 0.7, "related": 0.6}
RARE = 3  # records holding a word, at most, for it to say much on its own


class Comparison:
    """A claim against one record: what it names, its words and its slots."""

    def __init__(self, view: RecordView) -> None:
        self.view = view
        self.subjects_found: list[str] = []
        self.subjects_missing: list[str] = []
        self.words: list[tuple[str, str, str]] = []  # (claim lemma, how it matched, record word)
        self.at: list[int] = []  # where each of those words stands in the claim (its token index)
        self.gains: list[float] = []  # what each of those words adds to the coverage's numerator
        self.coverage = 0.0
        self.loose_coverage = 0.0  # coverage with the words the record has only in a rarer sense
        self.loosely: list[tuple[str, str]] = []  # (claim lemma, record word) of those
        self.weight = 0.0  # what the claim's words weigh in all, of which coverage is the share held
        self.antonyms: list[tuple[str, str]] = []
        self.flipped: list[str] = []  # words one side denies and the other affirms
        self.rare = 0  # words matched as they are that few records hold ("professor", "Dostuk")
        self.unsaid_names: list[str] = []  # names and countries the claim gives that the record does not
        self.unsaid_at: list[int] = []  # where they stand in the claim (a title's names aside)
        self.loose_predicate = ""  # what the claim says a thing is, which the record has only loosely or not
        self.slots: list[Slot] = []

    @property
    def record(self) -> Record:
        return self.view.record

    @property
    def subject_share(self) -> float:
        total = len(self.subjects_found) + len(self.subjects_missing)
        return len(self.subjects_found) / total if total else 1.0

    @property
    def relevance(self) -> float:
        """What the claim names counts first, then how much of what it says the record holds."""
        matched = sum(1 for s in self.slots if s.status == MATCH)
        return self.subject_share * (0.6 + 0.4 * self.coverage) + 0.05 * matched

    def slot(self, status: str) -> list[Slot]:
        return [s for s in self.slots if s.status == status]

    def how_at(self) -> dict[int, str]:
        """How the record holds the claim's word at each token index."""
        return {i: how for i, (_, how, _) in zip(self.at, self.words, strict=True)}

    def held_share(self, where: Callable[[int], bool]) -> float | None:
        """The share of the claim's words at the token indexes `where` picks that the
        record holds in any relation; None when it picks none."""
        picked = [how for i, how in self.how_at().items() if where(i)]
        return sum(how != "none" for how in picked) / len(picked) if picked else None

    @property
    def missing_words(self) -> list[str]:
        return [c for c, how, _ in self.words if how == "none"]

    def said(self, *aside: str) -> int:
        """How many of the claim's words the record has, in any relation, but those `aside`."""
        return sum(1 for c, how, _ in self.words if how != "none" and c not in aside)


def compare(
    claim: Reading, view: RecordView, index: SearchIndex, role_titles: AbstractSet[str] = frozenset()
) -> Comparison:
    result = Comparison(view)
    ordered = sequence_slots(claim, view)
    for entity in claim.subjects:
        found = subject_found(claim, entity, view, bool(ordered))
        (result.subjects_found if found else result.subjects_missing).append(entity.name)
    _content(claim, view, index, result)
    result.slots = [
        *dated.slots(claim, view),
        *place_slots(claim, view),
        *count_slots(claim, view),
        *chair_slots(claim, view),
        *participant_slots(claim, view),
        *body_slots(claim, view),
        *role_slots(claim, view, role_titles),
        *degree_slots(claim, view),
        *speaker_slots(claim, view),
        *text_slots(claim, view),
        *outlet_slots(claim, view),
        *ordered,
    ]
    if any(s.name == "attribution" for s in result.slots):
        _attribution_covered(result, index)
    host = denied_host(claim, result.slots)
    if host is not None:
        result.flipped.insert(0, host)
    return result


def _attribution_covered(result: Comparison, index: SearchIndex) -> None:
    """An agreeing text attribution ("the article says", where the record is in the
    article's voice) counts as one word of the claim's said."""
    total = result.weight
    weight = _weight("article", index)
    result.coverage = (result.coverage * total + weight) / (total + weight) if total else 1.0
    result.loose_coverage = (result.loose_coverage * total + weight) / (total + weight) if total else 1.0


def _weight(lemma: str, index: SearchIndex, predicate: bool = False) -> float:
    """A rare word says more of what a claim is about than a common one (idf); a
    word that only qualifies ("habitually", "ever-mounting") says less than one that names."""
    frequency = index.document_frequency.get(stem(lemma), 0)
    weight = math.log(1 + (index.size + 1) / (frequency + 0.5))
    classes = lexicon.classes(lemma)
    if not predicate and classes and all(c.startswith(("adj.", "adv.")) for c in classes):
        weight /= 2  # ("described as inefficient": a predicate is the claim's point, not a modifier)
    return weight


def _content(claim: Reading, view: RecordView, index: SearchIndex, result: Comparison) -> None:
    record_words = view.lemmas
    said_as_they_are = {claim.lemma_at(i) for i in claim.content} & record_words
    total = matched = loose_gain = 0.0
    kept: dict[int, str] = {}  # a claim word's index -> the record's word for it (the same, a synonym)
    for i in claim.content:
        token = claim.tokens[i]
        lemma = claim.lemma_at(i)
        predicate = i > 0 and predicating(claim.tokens[i - 1])
        weight = _weight(lemma, index, predicate)
        if i in claim.phrases:
            how, word = phrase_match(lemma, view)
        else:
            how, word = match_word(lemma, token.word, record_words)
        country = _nationality_of(token.word)
        if country in record_words and how != "same" and _of_people(claim, i):
            how, word = "derived", country  # "the Kyrgyz and Tajik leaders" against "Kyrgyzstan and Tajikistan"
        if predicate and how not in ("same", "antonym") and own_adjective(lemma, token.word):
            opposed = match_word(token.word, token.word, record_words)
            if opposed[0] == "antonym":  # "is closed" against "open": the adjective's own opposite
                how, word = opposed
        reversal = opposite_change(claim, i, view) if how in ("broader", "narrower", "related", "none") else ""
        if reversal:  # "growing controllability" against "a decrease of the controllability level"
            how, word = "antonym", reversal
        if i in claim.manner and how != "same" and i not in claim.denied:
            continue  # "so far", "for the time being": how or when, no word of what is said (nor its like)
        if how == "none" and i in claim.extent_verbs:
            weight = 0.0  # "stretched from ... into": how long, the date's to say
        if i in claim.cause_cues and how in ("antonym", "opposite quality"):
            how, word = "none", ""  # "followed" against "led to": one order, not leading and following
        if how == "none" and i in claim.cause_cues and view.states_a_cause:
            weight = 0.0  # "paved the way for" where the record says "led to": which caused which, compared as causes
        if how == "none" and (
            (claim.about_document and i > min(claim.about_document)) or degree_of_a_quality(claim, i)
        ):
            # "the roadmap covers nuclear cooperation": what it is about, all of it; "sovereignty is becoming
            # less important" against "is gaining additional value": which way the quality goes, unsaid
            result.loose_predicate = lemma
        total += weight
        if how == "same" and names_apart(token.word, record_words):
            how, word = "none", ""  # "the Kyrgyzstan-Afghanistan frontier" where the record has Tajikistan's
        if how in ("none", "related") and years_held(claim, i, lemma, view):
            how, word = "same", "year"  # "two decades" are twenty years, as the counts compare them
        if how == "none":
            how, word = as_office(lemma, token.word, view) or as_author(lemma, claim, view)
        if how == "none" and i and not token.capitalised and _kind_place(claim, i):
            how, word = _as_kind(lemma, token.word, view)
        if how == "none" and i in claim.phrases:
            how, word = phrase_head(lemma, view)
        if how == "synonym" and noun_for_a_verb(claim, i, word):
            how, word = "none", ""  # "put on hold" is not "maintain": synonyms share a part of speech
        if how == "none" and not token.capitalised:
            loose = rarer_sense(claim, i, record_words - said_as_they_are, view)
            if loose:  # counted only where the record's support is weighed (loose_coverage)
                result.loosely.append((lemma, loose))
                loose_gain += weight * MATCH_WEIGHTS["related"]
        if (
            how == "synonym"
            and not country  # ("Kazakh forces" are not Kazakhstan's name: who, not where)
            and min(len(word), len(token.word)) >= 4
            and word.startswith(token.word[: len(word)])
        ):
            how = "derived"  # "Western" and "the West": one name's forms, not two names alike
        unsaid = how not in ("same", "derived") and _is_name(claim, i)
        if unsaid:
            # A name has no synonyms: Pakistan is not Afghanistan, however alike.
            result.unsaid_names.append(token.raw)
            result.unsaid_at.append(i)
        if how in ("antonym", "opposite quality") and (
            word in view.particles
            or word not in view.said_words
            or (word in view.nouns_only and not noun_use(claim, i) and not act_opposed(lemma, word))
        ):
            # "sets out" holds no "out" against "cover"; "Earlier, ..." no "early"; the noun
            # "approaches" is no opposite of the verb "go"
            reversal = opposite_change(claim, i, view)  # ("declines": no "refuse" here, but a change)
            how, word = ("antonym", reversal) if reversal else ("none", "")
        if (
            how == "antonym"
            and not reversal
            and (qualities_of_other_things(claim, i, word, view) or opposed_in_no_such_use(claim, i))
        ):
            how, word = "none", ""  # "a separate peacekeeping exercise" against "joint exercises": another thing
        if how == "synonym" and predicate and synonym_of_another_thing(claim, i, word, view):
            result.loose_predicate = lemma  # "a confrontation is inevitable" against "it is necessary to ..."
        if how == "opposite quality":
            how = "antonym" if of_the_same_thing(claim, i, word, view) else "none"
        if how == "antonym":
            result.antonyms.append((lemma, word))
        elif how != "none" and _flips(i, word, how, claim, view, kept):
            result.flipped.append(lemma)
        result.words.append((lemma, how, word))
        result.at.append(i)
        if how in ("same", "synonym", "derived"):
            kept[i] = word
        if (
            how in ("related", "none")
            and i
            and claim.tokens[i - 1].word in COPULAS
            and any(c.startswith("adj.") for c in lexicon.classes(lemma))
            and not _is_name(claim, i)
            and not any(c.at == i for c in claim.counts)
            and (i + 1 >= len(claim.tokens) or claim.tokens[i + 1].word != "of")  # "was one of the exercises"
        ):
            result.loose_predicate = lemma  # "is closed to new members" against "decision": no statement of it
        gain = 0.0 if unsaid else weight * MATCH_WEIGHTS.get(how, 0.0)
        result.gains.append(gain)
        matched += gain
        if how == "same" and index.document_frequency.get(stem(lemma), 0) <= RARE:
            result.rare += 1
    result.coverage = matched / total if total else 1.0
    result.loose_coverage = (matched + loose_gain) / total if total else 1.0
    result.weight = total
    result.unsaid_names += _unsaid_title_names(claim, view)


# What WordNet makes a nationality word: a relational adjective ("Armenian"), a people or
# its language ("Kazakh", "Tajik"); "Kyrgyz" it gives no class at all.
NATIONALITY_CLASSES = frozenset({"adj.pert", "noun.person", "noun.communication"})


def _nationality_of(word: str) -> str:
    """The country a nationality word names ("kyrgyz": "kyrgyzstan"); "" for any other
    word ("Bishkek", "the Kremlin" are things of their own, no word for the country)."""
    country = lexicon.country(word)
    return country if country and country != word and lexicon.classes(word) <= NATIONALITY_CLASSES else ""


def _of_people(claim: Reading, i: int) -> bool:
    """True when a nationality word says whose people are meant, as the record's country
    name does: "the Kyrgyz and Tajik leaders", "the Kazakh president" (a person next, past
    the others of a pair), not "Kyrgyz forces" or "Kazakh soil"."""
    for token in claim.tokens[i + 1 : i + 4]:
        if token.word == "and" or (lexicon.country(token.word) and token.capitalised):
            continue
        return "noun.person" in lexicon.classes(token.lemma)
    return False


def _kind_place(claim: Reading, i: int) -> bool:
    """Where a word may say what an entity is: after "the" ("the bloc", "the agency"),
    or right after its name ("the Brothers-in-Arms - 2023 exercise")."""
    return claim.tokens[i - 1].word in ("the", "this", "that") or any(m.end == i for m in claim.mentions)


def _as_kind(lemma: str, word: str, view: RecordView) -> tuple[str, str]:
    """ "the bloc", "the agency": a definite description of an entity the record names."""
    how, found = match_word(lemma, word, view.kind_words)
    return (how, found) if how in ("same", "synonym", "broader") else ("none", "")


def _unsaid_title_names(claim: Reading, view: RecordView) -> list[str]:
    """The names in a person's title that neither the record nor what the sources say
    of its people holds: "a Doctor of Historical Sciences" of one who is a Doctor of
    Philological Sciences. (A title's office words are the role slot's.)"""
    named = [
        i
        for i in sorted(claim.titles)
        if claim.tokens[i].capitalised
        and not claim.tokens[i].function
        and i > 0
        and "noun.person" not in lexicon.classes(claim.tokens[i].lemma)
        and claim.tokens[i].lemma not in view.lemmas
    ]
    if not named:
        return []
    known = {lemma for entity in view.entities for lemma in _entity_lemmas(entity.role, entity.description)}
    return [claim.tokens[i].raw for i in named if claim.tokens[i].lemma not in known]


@lru_cache(maxsize=1024)
def _entity_lemmas(*texts: str | None) -> frozenset[str]:
    """The lemmas of what the sources say of an entity (its role, its description), read once."""
    return frozenset(t.lemma for text in texts if text for t in tokenize(text))


def _is_name(claim: Reading, i: int) -> bool:
    """A word that names: capitalised inside the sentence ("Pakistan", "Historical
    Sciences", "Turkmen-Afghan"), or a country or nationality word in any case."""
    token = claim.tokens[i]
    if lexicon.country(claim.lemma_at(i)):
        return True
    return token.capitalised and i > 0 and claim.tokens[i - 1].raw not in (".", ":", '"', "'", "(", "\u201c")


def named_only(claim: Reading, i: int, word: str, view: RecordView) -> bool:
    """True when the claim's act at `i` is a thing the record only names ("cannot meet
    the challenges" where the record tells of "the meeting"): a denial of the one
    neither flips nor is said by the other."""
    return word in view.named_acts and not claim.tokens[i].word.endswith("ing")


def _flips(i: int, word: str, how: str, claim: Reading, view: RecordView, kept: dict[int, str]) -> bool:
    """True when one side denies this word and the other affirms it: a word the claim
    denies first that the record says plainly, or one the record denies first that
    the claim says plainly. Scopes may differ in length; their heads decide (each
    side's own word for the head: "is not trying" where the record "does not seek")."""
    if word in view.frame_lemmas:
        return False  # "no reason to portray" against "Tokayev argued that ...": the record's frame, not its act
    if i in claim.denied_heads:
        return (
            how in ("same", "synonym", "derived")
            and not view.denied.get(word, False)
            and not named_only(claim, i, word, view)
        )
    # A word the record denies, said plainly by the claim: only the very word counts
    # (a synonym found somewhere in a long scope is no evidence of denial), and not
    # when both deny one act ("not signaling an intent, a position that remains ..."
    # against "the position of not signaling an intent remains ...": one scope runs on).
    if any(view.denied.get(kept.get(h, claim.lemma_at(h)), False) for h in claim.denied_heads):
        return False
    if not view.denied.get(word, False) or i in claim.denied:
        return False
    if how != "same" and not (how == "synonym" and word in view.denied_heads and not noun_use(claim, i)):
        return False  # (the head of what the record denies, in the claim's other word: "counterbalance")
    # a word said only as what remarks were on ("remarks on threats") is no act the
    # record denies ("urging them to avoid framing their safety in terms of threats")
    return word in view.denied_heads or not _after_a_preposition(claim, i)


def _after_a_preposition(claim: Reading, at: int) -> bool:
    return at > 0 and claim.tokens[at - 1].word in PREPOSITIONS


# -- places -----------------------------------------------------------------
