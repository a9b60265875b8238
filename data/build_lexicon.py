"""Distil the lexicon that check and search read from three kept resources.

    python data/build_lexicon.py            # writes data/lexicon/lexicon.tsv
    python data/build_lexicon.py --check    # exit 1 if the shipped file is stale

Inputs (needed only to rebuild; the output is committed and shipped):
- WordNet 3.0 from Debian's `wordnet-base` package (/usr/share/wordnet):
  synonyms, derivations, antonyms, broader and narrower words;
- simplemma's English dictionary (pip install simplemma): word form -> lemma;
- breame's British -> American spelling table (pip install breame), which
  lists every inflection;
- Debian's `wamerican` and `wbritish` word lists (/usr/share/dict): the words
  kept, so that the lexicon holds the English a draft is written in rather
  than every species and chemical WordNet names;
- data/lexicon/csto_terms.tsv: the CSTO's own terms that no general lexicon
  has, typed here with the reason for each;
- Snowball's Russian stop word list (the copy Sphinx ships, pip install
  sphinx), written to data/lexicon/russian_stop_words.txt: the Russian
  words a query holds that say nothing about which record is meant.

The output has one line per word, sorted by its UTF-8 bytes, so that the
package looks a word up by bisection over a memory map without loading the
file (cstofacts/lexicon.py):

    word <TAB> lemma <TAB> synonyms <TAB> derived <TAB> antonyms <TAB> broader <TAB> narrower
         <TAB> wide <TAB> classes <TAB> country <TAB> capital <TAB> opposed_as

`lemma` is the word's base form in American spelling ("prioritises" ->
"prioritize"), empty when the word is its own lemma; the relations are
comma-separated lemmas. `wide` (for search only) holds the synonyms of
every sense of the word and the narrower words of its most frequent senses,
less the words of the other relations. `classes` are WordNet's lexicographer classes of the
word's most frequent senses ("verb.communication" for "say", "noun.person" for
"president", "noun.time" for "summer"). `country` is the country a place lies
in, or a nationality word names ("almaty" and "kazakh" -> "kazakhstan"), from
WordNet's part holonyms and pertainyms. `capital` is a country's capital, from
the gloss of the city's synset ("the capital of Belarus ..." -> "minsk" on
"belarus"). `opposed_as` holds the parts of speech (a, n, v) of the senses the
word has its antonyms in: "present" has them only as an adjective ("absent"),
so the verb "presents" opposes nothing. Licences: data/lexicon/NOTICE.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent
OUT = DATA / "lexicon" / "lexicon.tsv"
TERMS = DATA / "lexicon" / "csto_terms.tsv"
RUSSIAN_STOP_WORDS = DATA / "lexicon" / "russian_stop_words.txt"
WORDNET = Path("/usr/share/wordnet")
WORD_LISTS = (Path("/usr/share/dict/american-english"), Path("/usr/share/dict/british-english"))
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
# WordNet's detachment rules (morphy, "Morphy(7WN)"): an inflectional ending and what replaces it.
MORPHY = (("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"))
PLAIN_WORD = re.compile(r"[a-z][a-z' -]*[a-z]|[a-z]")
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
        for key in keys:
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


def _pointer_words(target_lemmas: list[str], source_lemmas: list[str], lemma: str, source_target: str) -> list[str]:
    """The words a pointer relates `lemma` to: a lexical pointer (derivation, antonym)
    joins one word to one word, and applies only when its source word is `lemma`."""
    source, target = int(source_target[:2], 16), int(source_target[2:], 16)
    if source == 0:
        return target_lemmas
    if source_lemmas[source - 1] != lemma:
        return []
    return [target_lemmas[target - 1]]


def simplemma_lemmas() -> dict[str, str]:
    from simplemma.strategies.dictionaries.dictionary_factory import _load_dictionary_from_disk

    table = {}
    for form, lemma in _load_dictionary_from_disk("en").items():
        word, base = form.decode(), lemma.decode()
        if word == base or not PLAIN_WORD.fullmatch(word) or not PLAIN_WORD.fullmatch(base):
            continue
        table[word] = base
    return table


def breame_spellings() -> dict[str, str]:
    from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS

    return {b.lower(): a.lower() for b, a in BRITISH_ENGLISH_SPELLINGS.items() if PLAIN_WORD.fullmatch(b.lower())}


def vocabulary() -> set[str]:
    words: set[str] = set()
    for path in WORD_LISTS:
        words.update(w.lower() for w in path.read_text("utf-8").split())
    return words


def csto_terms() -> list[tuple[str, str, str]]:
    """(word, relation, other word) from the hand-kept file of the CSTO's own terms."""
    rows = []
    for line in TERMS.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, relation, other = line.split("\t")[:3]
        if relation not in (*FIELDS, "in", "capital"):
            raise SystemExit(f"{TERMS.name}: unknown relation {relation!r} in {line!r}")
        rows.append((word, relation, other))
    return rows


def build() -> str:
    american = breame_spellings()
    lemmas = simplemma_lemmas()
    relations, places, classes = wordnet_relations()
    capitals = wordnet_capitals(read_synsets())
    known = vocabulary()

    def common(word: str) -> bool:
        return all(part in known for part in re.split(r"[ -]", word))

    for found in relations.values():
        for field in FIELDS:
            found[field] = {w for w in found[field] if common(w)}
    for word, relation, other in csto_terms():
        if relation == "capital":  # a capital WordNet's glosses do not give plainly
            capitals[word] = other
            continue
        if relation == "in":  # a place or a nationality WordNet does not have
            places[word] = other
            known.update(word.split())
            continue
        relations[word][relation].add(other)
        back = {"syn": "syn", "der": "der", "ant": "ant", "broad": "narrow", "narrow": "broad", "wide": "wide"}[
            relation
        ]
        relations[other][back].add(word)
        known.update(word.split() + other.split())

    def base(word: str) -> str:
        # The American spelling first: simplemma cuts "signalling" to "signall".
        spelled = american.get(word, word)
        lemma = lemmas.get(spelled) or lemmas.get(word) or spelled
        lemma = american.get(lemma, lemma)
        lemma = lemmas.get(lemma, lemma)  # "prioritizes": the American form's own lemma
        if lemma not in known and lemma not in relations:
            # simplemma errs on some forms ("playing" -> "playe"): WordNet's own
            # detachment rules (morphy) give a word that exists, when one does
            found = [
                cut + added for ending, added in MORPHY if spelled.endswith(ending) for cut in [spelled[: -len(ending)]]
            ]
            found = [f for f in found if len(f) > 2 and f in relations and f in known]
            lemma = found[0] if found else spelled if spelled in relations else lemma
        return lemma

    words = set(lemmas) | set(american) | set(relations) | set(places)
    lines = []
    for word in words:
        if not PLAIN_WORD.fullmatch(word):
            continue
        if not common(word) and word not in places:
            continue  # "mandrillus leucophaeus": names of species, chemicals and the like
        lemma = base(word)
        found = relations.get(word)
        cells = [
            ",".join(sorted({american.get(w, w) for w in found[f]} - {lemma, word})) if found else "" for f in FIELDS
        ]
        cells.append(",".join(sorted(classes.get(word, ()))))
        cells.append(places.get(word, places.get(lemma, "")))
        cells.append(capitals.get(word, ""))
        cells.append("".join(sorted(OPPOSED_AS.get(word, ()))))
        if lemma == word and not any(cells):
            continue
        lines.append("\t".join([word, "" if lemma == word else lemma, *cells]).rstrip("\t"))
    lines.sort(key=lambda line: line.split("\t", 1)[0].encode("utf-8"))
    return "\n".join(lines) + "\n"


def russian_stop_words() -> str:
    """Snowball's Russian stop list (stop.txt: a word per line, "|" starts a comment),
    one word per line, sorted."""
    from importlib.resources import files

    source = files("sphinx.search") / "_stopwords" / "ru.txt"
    words = {line.split("|", 1)[0].strip() for line in source.read_text("utf-8").splitlines()}
    return "\n".join(sorted(w for w in words if w)) + "\n"


def main(argv: list[str]) -> int:
    outputs = {OUT: build(), RUSSIAN_STOP_WORDS: russian_stop_words()}
    if "--check" in argv:
        stale = [p.name for p, text in outputs.items() if not p.exists() or p.read_text("utf-8") != text]
        print(f"stale: {', '.join(stale)}: run python data/build_lexicon.py" if stale else "lexicon is up to date")
        return 1 if stale else 0
    for path, text in outputs.items():
        path.write_text(text, "utf-8")
        print(f"wrote {path.relative_to(DATA.parent)}: {text.count(chr(10))} lines, {len(text.encode()) // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
