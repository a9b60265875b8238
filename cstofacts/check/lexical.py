"""How a claim's word stands among a record's words, by the lexicon: the same word,
a synonym, a derived, broader or narrower word, its opposite, a word two steps
away, or not at all."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from cstofacts import lexicon
from cstofacts.check.opposites import (
    change_opposites,
    content_entries,
    entries,
    indirect_opposites,
    may_oppose,
    opposites,
    parts_of_speech,
    record_entries,
)
from cstofacts.check.termsets import ADJECTIVE_CLASSES, BOUND_PREFIXES, LIGHT_VERBS, NEGATIONS


def match_word(lemma: str, word: str, record_words: set[str]) -> tuple[str, str]:
    """How a claim's word stands in a record's words: the same, a synonym, a word
    derived from it, a broader or narrower one, its opposite, or not at all. A
    lookup or two a word as a rule; the record's words are looked up only for the
    rarer relations (sisters, opposites through synonyms, verbs of telling). A form
    that may be a verb besides its lemma ("left": "leave") is tried as that verb too."""
    found = _match_lemma(lemma, word, record_words)
    if found[0] == "none" and word != lemma and named_in_ing(word):
        found = _match_lemma(word, word, record_words)  # "session": a kind of "meeting", not of "meet"
    elif found[0] == "none" and word == lemma and named_in_ing(word):
        verb = verb_of_ing(word)  # "Cutting the time needed": the act of cutting, not a cutting
        if verb:
            found = _match_lemma(verb, verb, record_words, changes=False)
    if found[0] in ("none", "antonym"):  # "left" is no opposite of "right" when it is "leave"
        entry = lexicon.entry(word)
        for base in sorted(entry.also) if entry is not None else ():
            as_verb = _match_lemma(base, base, record_words)
            if as_verb[0] not in ("none", "antonym"):
                return as_verb  # never an opposite: the form may not be that verb at all
    return found


def in_a_rarer_sense(lemma: str, record_words: set[str], used_as: str = "") -> str:
    """A record word this one means in a rarer sense of either ("freeze" and "suspend",
    "sign off" and "approve"): the lexicon's `wide` holds every sense's synonyms. The two
    must share a class of WordNet's, in the part of speech the claim uses the word in
    ("n", "v"; "" for any): "would tip the balance" is no "point", though a tip is one."""
    entry = lexicon.entry(lemma)
    if entry is None:
        return ""
    lent = record_words - LIGHT_VERBS
    prefix = {"n": "noun.", "v": "verb."}.get(used_as, "")
    return next(
        (
            w
            for w, other in entries(sorted(entry.wide & lent))
            if any(c.startswith(prefix) for c in other.classes & entry.classes)
        ),
        "",
    )


def kin(word: str, others: Iterable[str]) -> bool:
    """True when `word` is one of `others`, or a synonym or derivation of one ("Europe", "European")."""
    return any(word == other or lexicon.relation(word, other) in ("synonym", "derived") for other in others)


def verb_of_ing(word: str) -> str:
    """The verb an -ing form is of ("cutting" -> "cut", "making" -> "make"), or ""."""
    stem = word[:-3]
    for base in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        entry = lexicon.entry(base) if base else None
        if entry is not None and any(c.startswith("verb.") for c in entry.classes):
            return entry.lemma
    return ""


def named_in_ing(word: str) -> bool:
    """True for a noun in -ing that WordNet has as a noun of its own ("meeting",
    "training"), whose lemma is nonetheless its verb's."""
    if not word.endswith("ing"):
        return False
    entry = lexicon.entry(word)
    return entry is not None and any(c.startswith("noun.") for c in entry.classes)


def _match_lemma(lemma: str, word: str, record_words: set[str], changes: bool = True) -> tuple[str, str]:
    if lemma in record_words or word in record_words:
        return "same", lemma
    joined = sorted(
        w for w in record_words if "-" in w and word in w.split("-") and w.split("-")[0] not in BOUND_PREFIXES
    )
    if joined and "-" not in word:
        return "same", joined[0]  # "military and political" against the record's "military-political"
    if "-" in word:  # "ever-mounting": the word it qualifies
        head = lexicon.lemma(word.rsplit("-", 1)[1])
        if head in record_words:
            return "same", head
        countries = countries_joined(word)
        same = sorted(other for other in record_words if "-" in other and countries_joined(other) == countries)
        if countries and same:
            return "same", same[0]  # "Tajik-Afghan" and "Tajikistan-Afghanistan": one border
        if len(countries) > 2 and countries <= record_words:
            return "same", min(countries)  # "the Tajik-Kyrgyz-Uzbek agreement": the three states the record names
    entry = lexicon.entry(lemma)
    if entry is None and "-" in word and adverb_only(word.split("-", 1)[0]):
        # "ever-growing", "ever-mounting": an adverb and the word it qualifies, in its relations too
        head = word.rsplit("-", 1)[1]
        return _match_lemma(lexicon.lemma(head), head, record_words, changes)
    if entry is None:
        return same_stem(word, record_words)
    lent = record_words - LIGHT_VERBS  # "make", "give": a relation to one says nothing ("summit" -> "make")
    for how, related in (
        ("synonym", entry.synonyms),
        ("derived", entry.derived),
        ("broader", entry.broader),
        ("narrower", entry.narrower),
    ):
        found = related & lent
        if found:
            return how, min(found)  # min: the same answer whatever the hash seed
    back = _synonym_of(lemma, record_words)
    if back:  # the record's word names this one among its own synonyms: "turning point" -> "watershed"
        return "synonym", back
    form = _derived_of_synonym(entry, lent)
    if form:  # "accept" and the record's "approval": a form of its synonym "approve"
        return "derived", form
    # a negation ("no confrontation") is the record's polarity, judged as such, not an opposite word
    opposite: set[str] = set()
    if may_oppose(word, entry):
        opposite = opposites(entry, record_words - NEGATIONS)
        if not opposite and changes and not word.endswith("ing"):  # not "building", a thing built
            opposite = change_opposites(entry, record_words - NEGATIONS)
    if opposite:
        return "antonym", min(opposite)
    shade = indirect_opposites(entry, record_words - NEGATIONS) if not entry.antonyms else set()
    if shade:
        return "opposite quality", min(shade)
    praise = lexicon.polarity(word) or lexicon.polarity(lemma)
    blamed = {w for w in record_words if lexicon.polarity(w) * praise < 0} if praise else set()
    if blamed:  # "strained" against "excellent": praise and blame, as VADER scores them
        return "opposite quality", min(blamed)
    further = (
        _two_steps(entry) & record_words or _sisters(entry, record_words) or _sharing_a_synonym(entry, record_words)
    )
    if further:
        return "related", min(further)
    if _plain_report(entry):
        reports = sorted(w for w in record_words if _plain_report(lexicon.entry(w)))
        if reports:
            return "synonym", reports[0]
    kind = _kind_of(lemma, lent)
    if kind:  # the record's word is a kind of this one in a rarer sense: "cooperates" is a kind of "works"
        return "narrower", kind
    return same_stem(word, record_words)


# WordNet's verbs of telling, at the top of the tree that "note", "stress",
# "warn" and "declare" sit in (each a kind of one of these, a few steps up).
TELLING = frozenset({"express", "inform", "say", "state"})


def telling(lemma: str) -> bool:
    """A verb of telling that opposes nothing: "say", "note", "stress", "warn"."""
    return _plain_report(lexicon.entry(lemma))


def _plain_report(entry: lexicon.Entry | None, depth: int = 3) -> bool:
    """A verb that reports speech (a kind of saying, stating, expressing or
    informing) and opposes none ("deny" opposes "admit"): one says what another
    reports ("has said" for "noted", "warned" for "stressed")."""
    if entry is None or entry.antonyms or "verb.communication" not in entry.classes:
        return False
    level = {entry.word}
    for _ in range(depth):
        if level & TELLING:
            return True
        following: set[str] = set()
        for word in level:
            found = lexicon.entry(word)
            if found is not None:
                following |= found.broader
        level = following
    return bool(level & TELLING)


def reaches(lemma: str, roots: frozenset[str], steps: int = 1) -> bool:
    """True when a word is one of `roots`, or a synonym or a kind of one, at most `steps`
    steps away through synonyms and broader words: how a handful of WordNet's words
    ("try", "delay") stand for a whole field ("aim", "seek"; "postpone", "shelve")."""
    level = {lemma}
    seen: set[str] = set()
    for _ in range(steps):
        near = {w for _, e in entries(sorted(level - seen)) for w in (e.synonyms | e.broader | {e.word})}
        if near & roots:
            return True
        seen |= level
        level = near
    return False


@lru_cache(maxsize=4096)
def countries_joined(word: str) -> frozenset[str]:
    """The countries a compound of countries or their nationality words names
    ("tajik-afghan", "tajikistan-afghanistan"); empty unless each part names one."""
    countries = [lexicon.country(part) for part in word.split("-")]
    return frozenset(c for c in countries if c) if all(countries) and len(countries) > 1 else frozenset()


def adverb_only(word: str) -> bool:
    """True for a word WordNet has as an adverb only ("ever", "constantly")."""
    classes = lexicon.classes(word)
    return bool(classes) and all(c.startswith("adv.") for c in classes)


def noun_only(word: str) -> bool:
    """True for a word WordNet has as a noun only ("barriers")."""
    classes = lexicon.classes(word)
    return bool(classes) and all(c.startswith("noun.") for c in classes)


def adjective_only(word: str) -> bool:
    """True for a word WordNet has as an adjective only ("excellent", "economic")."""
    classes = lexicon.classes(word)
    return bool(classes) and classes <= ADJECTIVE_CLASSES


def names_apart(word: str, record_words: set[str]) -> bool:
    """A compound of countries ("kyrgyzstan-afghanistan") one of which the record lacks."""
    if "-" not in word[1:-1] or word in record_words:
        return False
    joined = countries_joined(word)
    if joined and any(countries_joined(other) == joined for other in record_words if "-" in other):
        return False  # "Tajik-Afghan" where the record has "Tajikistan-Afghanistan"
    parts = word.split("-")
    countries = [p for p in parts if lexicon.country(p)]
    return len(countries) == len(parts) and any(
        lexicon.lemma(p) not in record_words and p not in record_words and lexicon.country(p) not in record_words
        for p in parts
    )  # ("Tajik-Kyrgyz-Uzbek" where the record names Tajikistan, Kyrgyzstan and Uzbekistan: none lacking)


SAME_STEM = 7  # letters two words share from the start, at least, to be taken as one word's forms


def same_stem(word: str, record_words: set[str]) -> tuple[str, str]:
    """A word the lexicon does not relate, taken as derived from a record word whose
    long beginning it shares, ending within three letters of it: a name's adjective
    ("Transcaucasian", "Transcaucasus"), a form no table lists."""
    start = word[:SAME_STEM]  # (what every such pair shares: a quick sieve before the count)
    found = sorted(
        other
        for other in record_words
        if other.startswith(start) and _shared_start(word, other) >= max(SAME_STEM, len(word) - 3, len(other) - 3)
    )
    return ("derived", found[0]) if found else ("none", "")


@lru_cache(maxsize=4096)  # (asked once for each record a claim's word is compared with)
def _two_steps(entry: lexicon.Entry) -> frozenset[str]:
    """Words two steps away by synonymy or derivation: "settle" -> "resolve" ->
    "resolution"; a draft's word and a record's rarely sit in one synset."""
    found = {w for _, other in entries(entry.synonyms | entry.derived) for w in other.synonyms | other.derived}
    if "v" in parts_of_speech(entry):
        # and the act a synonym that is only a verb is a kind of: "cut" -> "reduce" -> "decrease"
        acts = {w for _, other in entries(entry.synonyms) if parts_of_speech(other) == {"v"} for w in other.broader}
        found |= {w for w, other in entries(acts - LIGHT_VERBS) if "v" in parts_of_speech(other)}
    return frozenset(found - {entry.word})


def _synonym_of(lemma: str, record_words: set[str]) -> str:
    """A record word whose synonyms hold this one: synonymy is read from each word's
    own most frequent senses, so "watershed" (first a divide between rivers) lists
    no "turning point", while "turning point" lists "watershed"."""
    return next((word for word, other in record_entries(record_words) if lemma in other.synonyms), "")


# The nouns that name an act, as WordNet files them: "approval", "contribution".
_ACT_NOUNS = frozenset({"noun.act", "noun.communication", "noun.event"})


def _derived_of_synonym(entry: lexicon.Entry, record_words: set[str]) -> str:
    """A noun of the act of one of this verb's synonyms that the record has ("accept"
    and "approval", of "approve")."""
    if not any(c.startswith("verb.") for c in entry.classes):
        return ""
    return next(
        (
            w
            for _, other in entries(sorted(entry.synonyms))
            for w in sorted(other.derived & record_words)
            if lexicon.classes(w) & _ACT_NOUNS
        ),
        "",
    )


def _kind_of(lemma: str, record_words: set[str]) -> str:
    """A record word that names this one among its broader words: the lexicon keeps a
    word's narrower words for its commonest senses only, and every sense's broader. The
    two must share a class of WordNet's ("cooperate" and "work" are both verbs of social
    life; "space" is no kind of "set" a summit does)."""
    classes = lexicon.classes(lemma)
    return next(
        (word for word, other in record_entries(record_words) if lemma in other.broader and other.classes & classes),
        "",
    )


def _sharing_a_synonym(entry: lexicon.Entry, record_words: set[str]) -> set[str]:
    """Record words that share a synonym with this one ("handle" and "cope", both "deal"
    and "manage"): two words of one meaning that WordNet files in two synsets."""
    kin = entry.synonyms - LIGHT_VERBS
    if not kin or "v" not in parts_of_speech(entry):
        return set()
    return {
        word
        for word, other in content_entries(record_words)
        if len(other.synonyms & kin) >= 2 and "v" in parts_of_speech(other)
    }


def _sisters(entry: lexicon.Entry, record_words: set[str]) -> set[str]:
    """Record words that share a broader word with this one ("rate" and "assess",
    both kinds of "evaluate")."""
    return {word for word, other in record_entries(record_words) if other.broader & entry.broader}


def _shared_start(one: str, other: str) -> int:
    """How many letters two words share from their start."""
    n = 0
    for a, b in zip(one, other):
        if a != b:
            break
        n += 1
    return n
