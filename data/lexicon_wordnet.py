"""WordNet 3.0, read from Debian's `wordnet-base` files for data/build_lexicon.py:
synsets and senses, the relations of each word (synonyms, derivations, antonyms
with the parts of speech they hold for, broader words, and the looser `wide`
relation search reads), lexicographer classes and verb frames, the countries
places lie in, and countries' capitals from the glosses. Licence: data/lexicon/NOTICE."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
# Senses of a word whose synonyms count: the most frequent ones (WordNet lists
# senses by frequency in tagged text). Rarer senses make false friends
# ("adopt" as "dramatize").
# A sense that never occurred in WordNet's tagged corpus counts only when it is
# the word's first.
SYNONYM_SENSES = 2
RELATION_SENSES = 3
BROADER_SENSES = 1
# Search alone reads a looser relation: the synonyms of every sense and the
# narrower words of the most frequent ones ("freeze" -> "suspend",
# "legislature" -> "parliament"). A query word no record holds may mean any
# of them; a wrong one only ranks a record lower than a right one would.
WIDE_NARROWER_SENSES = 2
FIELDS = ("syn", "der", "ant", "broad", "narrow", "wide")
# WordNet's lexicographer files, by number (its documented lexnames table).
LEXNAMES = (
    "adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body "
    "noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location "
    "noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process "
    "noun.quantity noun.relation noun.shape noun.state noun.substance noun.time verb.body verb.change "
    "verb.cognition verb.communication verb.competition verb.consumption verb.contact verb.creation "
    "verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative verb.weather adj.ppl"
).split()
CLASS_SENSES = 2
COUNTRY_KINDS = frozenset({"country", "state", "nation", "land", "republic", "kingdom"})


LEXFILE: dict[str, int] = {}  # synset key -> its lexicographer file number
# Verb frames of a verb's sense, by the word they apply to (0: every word of
# the synset): 26 is "Somebody ----s that CLAUSE", the frame of reported
# speech; 24 is "Somebody ----s somebody to INFINITIVE" ("urged members to").
FRAMES: dict[str, dict[int, set[int]]] = {}
PROPER: set[tuple[str, str]] = set()  # (synset key, lemma) where WordNet writes the lemma as a name ("More")
REPORTING_FRAMES = {26: "frame.that", 24: "frame.to"}


def read_synsets() -> dict[str, tuple[list[str], list[tuple[str, str, str]]]]:
    """Synset key ("n00894552") -> (its lemmas, its pointers as (symbol, target key, source/target))."""
    synsets = {}
    for pos, name in POS_FILES.items():
        for line in (WORDNET / f"data.{name}").read_text("latin-1").splitlines():
            if line.startswith("  "):
                continue  # the licence header
            fields = line.split(" | ")[0].split()
            offset, count = fields[0], int(fields[3], 16)
            lemmas = [fields[4 + 2 * i].lower().replace("_", " ") for i in range(count)]
            lemmas = [re.sub(r"\(.*\)$", "", lemma) for lemma in lemmas]  # "elect(p)" -> "elect"
            PROPER.update((_key(pos, offset), lemmas[i]) for i in range(count) if fields[4 + 2 * i][:1].isupper())
            at = 4 + 2 * count
            pointer_count = int(fields[at])
            pointers = []
            for i in range(pointer_count):
                symbol, target, target_pos, source_target = fields[at + 1 + 4 * i : at + 5 + 4 * i]
                pointers.append((symbol, _key(target_pos, target), source_target))
            synsets[_key(pos, offset)] = (lemmas, pointers)
            LEXFILE[_key(pos, offset)] = int(fields[1])
            if pos == "v":
                frames: dict[int, set[int]] = defaultdict(set)
                rest = fields[at + 1 + 4 * pointer_count :]
                for i in range(int(rest[0]) if rest else 0):
                    _, frame, word = rest[1 + 3 * i : 4 + 3 * i]
                    frames[int(word, 16)].add(int(frame))
                FRAMES[_key(pos, offset)] = frames
    return synsets


def _key(pos: str, offset: str) -> str:
    return ("a" if pos == "s" else pos) + offset


ALL_SENSES: dict[str, list[str]] = defaultdict(list)  # lemma -> every synset key, most frequent first
OPPOSED_AS: dict[str, set[str]] = defaultdict(set)  # lemma -> the parts of speech ("a", "n", "v") of its opposites


def read_senses() -> dict[str, list[str]]:
    """Lemma -> its synset keys, most frequent first, per part of speech in turn
    (the tagged ones, up to RELATION_SENSES); every sense goes to ALL_SENSES."""
    senses: dict[str, list[str]] = defaultdict(list)
    for pos, name in POS_FILES.items():
        for line in (WORDNET / f"index.{name}").read_text("latin-1").splitlines():
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma = fields[0].replace("_", " ")
            synset_count, pointer_count = int(fields[2]), int(fields[3])
            tagged = int(fields[5 + pointer_count])
            offsets = fields[6 + pointer_count : 6 + pointer_count + synset_count]
            senses[lemma].extend(_key(pos, o) for o in offsets[: max(1, min(tagged, RELATION_SENSES))])
            ALL_SENSES[lemma].extend(_key(pos, o) for o in offsets)
    return senses


def _is_country(key: str, synsets: dict, depth: int = 3) -> bool:
    """True when a synset is an instance of (or a kind of) country, state or nation."""
    for symbol, target, _ in synsets[key][1]:
        if (
            symbol in ("@i", "@")
            and depth
            and (set(synsets[target][0]) & COUNTRY_KINDS or _is_country(target, synsets, depth - 1))
        ):
            return symbol == "@i" or depth < 3
    return False


def _country_of(key: str, synsets: dict, countries: dict[str, str], depth: int = 4) -> str | None:
    """The country a synset is, lies in (part holonyms), belongs to (member
    holonyms) or pertains to (an adjective's pertainym)."""
    if key in countries:
        return countries[key]
    if not depth:
        return None
    for symbol, target, _ in synsets[key][1]:
        if symbol in ("#p", "#m", "\\"):
            found = _country_of(target, synsets, countries, depth - 1)
            if found:
                return found
    return None


def wordnet_places(synsets: dict, senses: dict[str, list[str]]) -> dict[str, str]:
    """Word -> the country it names, lies in or pertains to ("minsk" -> "belarus")."""
    countries = {key: lemmas[0] for key, (lemmas, _) in synsets.items() if key[0] == "n" and _is_country(key, synsets)}
    places = {}
    for word, keys in senses.items():
        for key in keys[:1] + [k for k in keys[1:] if k[0] == "a"][:1]:
            found = _country_of(key, synsets, countries)
            if found:
                places[word] = found
                break
    return places


# A city's gloss that opens by naming it a capital: "the capital of Belarus and of the
# Commonwealth of Independent States", "capital of Armenia". A former capital ("the
# capital until 1998") is left out.
_CAPITAL_GLOSS = re.compile(
    r"^(?:the )?capital(?: and largest city| city)? of (?:the )?([A-Z][A-Za-z' -]+?)(?:[;,(]| and | in |$)"
)


def wordnet_capitals(synsets: dict) -> dict[str, str]:
    """Country -> its capital, lower case, from the glosses of WordNet's nouns ("belarus" -> "minsk");
    every name of the country's synset gets it ("people's republic of china", "prc")."""
    names_of: dict[str, list[str]] = {}
    for key, (lemmas, _) in synsets.items():
        if key[0] == "n":
            for lemma in lemmas:
                names_of.setdefault(lemma, lemmas)
    capitals: dict[str, set[str]] = defaultdict(set)
    for line in (WORDNET / "data.noun").read_text("latin-1").splitlines():
        if line.startswith("  ") or " | " not in line:
            continue
        fields, gloss = line.split(" | ", 1)
        match = _CAPITAL_GLOSS.match(gloss.strip())
        if match:
            city = fields.split()[4].lower().replace("_", " ")
            country = match.group(1).strip().lower()
            for name in names_of.get(country, [country]):
                capitals[name].add(city)
    # "China" names both the People's Republic and Taiwan: a name with two capitals has none.
    return {name: cities.pop() for name, cities in capitals.items() if len(cities) == 1}


def word_classes(synsets: dict, senses: dict[str, list[str]]) -> dict[str, set[str]]:
    classes: dict[str, set[str]] = defaultdict(set)
    for word, keys in senses.items():
        by_pos: dict[str, int] = defaultdict(int)
        common = any((key, word) not in PROPER for key in keys)
        for key in keys:
            if common and (key, word) in PROPER and LEXNAMES[LEXFILE[key]] == "noun.person":
                continue  # "more" is no person for being Thomas More's name (Turkey stays a place)
            by_pos[key[0]] += 1
            if by_pos[key[0]] <= CLASS_SENSES:
                classes[word].add(LEXNAMES[LEXFILE[key]])
                lemmas = synsets[key][0]
                position = lemmas.index(word) + 1 if word in lemmas else -1
                frames = FRAMES.get(key, {})
                for frame in frames.get(0, set()) | frames.get(position, set()):
                    if frame in REPORTING_FRAMES:
                        classes[word].add(REPORTING_FRAMES[frame])
    return classes


def wordnet_relations() -> tuple[dict[str, dict[str, set[str]]], dict[str, str], dict[str, set[str]]]:
    synsets = read_synsets()
    senses = read_senses()
    relations: dict[str, dict[str, set[str]]] = defaultdict(lambda: {f: set() for f in FIELDS})
    for lemma, keys in senses.items():
        by_pos: dict[str, int] = defaultdict(int)
        for key in keys:
            by_pos[key[0]] += 1
            lemmas, pointers = synsets[key]
            found = relations[lemma]
            if by_pos[key[0]] <= SYNONYM_SENSES:
                found["syn"].update(lemmas)
            for symbol, target, source_target in pointers:
                words = _pointer_words(synsets[target][0], lemmas, lemma, source_target)
                if symbol == "+":
                    found["der"].update(words)
                elif symbol == "!" and words:
                    # The opposite word and its synonyms: "approve" is opposed to
                    # "disapprove", and so to "reject", a synonym of that sense.
                    found["ant"].update(synsets[target][0])
                    OPPOSED_AS[lemma].add(key[0])
                elif symbol in ("@", "@i") and by_pos[key[0]] <= BROADER_SENSES:
                    found["broad"].update(synsets[target][0])
                    if symbol == "@" and key[0] == "n":  # and the other way: "objective" is a kind of "goal"
                        for broader in synsets[target][0]:
                            if target in _first_senses(senses.get(broader, []), key[0]):
                                relations[broader]["narrow"].add(lemma)
                elif symbol == "&" and by_pos[key[0]] <= SYNONYM_SENSES:  # an adjective's near synonyms
                    found["syn"].update(synsets[target][0])
    for lemma, keys in ALL_SENSES.items():
        wide = relations[lemma]["wide"]
        by_pos = defaultdict(int)
        for key in keys:
            by_pos[key[0]] += 1
            lemmas, pointers = synsets[key]
            wide.update(lemmas)
            if by_pos[key[0]] <= WIDE_NARROWER_SENSES:
                wide.update(w for symbol, target, _ in pointers if symbol in ("~", "~i") for w in synsets[target][0])
    for lemma, found in relations.items():
        for field in FIELDS:
            found[field].discard(lemma)
        found["wide"] -= found["syn"] | found["der"] | found["ant"] | found["broad"] | found["narrow"]
    return relations, wordnet_places(synsets, senses), word_classes(synsets, senses)


def _first_senses(keys: list[str], pos: str) -> list[str]:
    """A word's most frequent senses in a part of speech (SYNONYM_SENSES of them): a
    kind is another word's narrower word only of a sense it is mostly used in."""
    return [k for k in keys if k[0] == pos][:SYNONYM_SENSES]


def _pointer_words(target_lemmas: list[str], source_lemmas: list[str], lemma: str, source_target: str) -> list[str]:
    """The words a pointer relates `lemma` to: a lexical pointer (derivation, antonym)
    joins one word to one word, and applies only when its source word is `lemma`."""
    source, target = int(source_target[:2], 16), int(source_target[2:], 16)
    if source == 0:
        return target_lemmas
    if source_lemmas[source - 1] != lemma:
        return []
    return [target_lemmas[target - 1]]


def verb_exceptions() -> dict[str, set[str]]:
    """WordNet's irregular verb forms (verb.exc): "left" -> "leave", "rose" -> "rise"."""
    found: dict[str, set[str]] = defaultdict(set)
    for line in (WORDNET / "verb.exc").read_text("latin-1").splitlines():
        form, *bases = line.split()
        found[form.replace("_", " ")].update(b.replace("_", " ") for b in bases)
    return found
