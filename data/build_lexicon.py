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
  has, typed here with the reason for each.

The output has one line per word, sorted by its UTF-8 bytes, so that the
package looks a word up by bisection over a memory map without loading the
file (cstofacts/lexicon.py):

    word <TAB> lemma <TAB> synonyms <TAB> derived <TAB> antonyms <TAB> broader <TAB> narrower

`lemma` is the word's base form in American spelling ("prioritises" ->
"prioritize"), empty when the word is its own lemma; the relations are
comma-separated lemmas. Licences: data/lexicon/NOTICE.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent
OUT = DATA / "lexicon" / "lexicon.tsv"
TERMS = DATA / "lexicon" / "csto_terms.tsv"
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
PLAIN_WORD = re.compile(r"[a-z][a-z' -]*[a-z]|[a-z]")
FIELDS = ("syn", "der", "ant", "broad", "narrow")


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
    return synsets


def _key(pos: str, offset: str) -> str:
    return ("a" if pos == "s" else pos) + offset


def read_senses() -> dict[str, list[str]]:
    """Lemma -> its synset keys, most frequent first, per part of speech in turn."""
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
    return senses


def wordnet_relations() -> dict[str, dict[str, set[str]]]:
    synsets = read_synsets()
    relations: dict[str, dict[str, set[str]]] = defaultdict(lambda: {f: set() for f in FIELDS})
    for lemma, keys in read_senses().items():
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
                elif symbol in ("@", "@i") and by_pos[key[0]] <= BROADER_SENSES:
                    found["broad"].update(synsets[target][0])
                elif symbol == "&" and by_pos[key[0]] <= SYNONYM_SENSES:  # an adjective's near synonyms
                    found["syn"].update(synsets[target][0])
    for lemma, found in relations.items():
        for field in FIELDS:
            found[field].discard(lemma)
    return relations


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
        if relation not in FIELDS:
            raise SystemExit(f"{TERMS.name}: unknown relation {relation!r} in {line!r}")
        rows.append((word, relation, other))
    return rows


def build() -> str:
    american = breame_spellings()
    lemmas = simplemma_lemmas()
    relations = wordnet_relations()
    known = vocabulary()

    def common(word: str) -> bool:
        return all(part in known for part in word.split())

    for found in relations.values():
        for field in FIELDS:
            found[field] = {w for w in found[field] if common(w)}
    for word, relation, other in csto_terms():
        relations[word][relation].add(other)
        back = {"syn": "syn", "der": "der", "ant": "ant", "broad": "narrow", "narrow": "broad"}[relation]
        relations[other][back].add(word)
        known.update(word.split() + other.split())

    def base(word: str) -> str:
        lemma = lemmas.get(word, word)
        lemma = american.get(lemma, lemma)
        return lemmas.get(lemma, lemma)  # "prioritizes": the American form's own lemma

    words = set(lemmas) | set(american) | set(relations)
    lines = []
    for word in words:
        if not PLAIN_WORD.fullmatch(word):
            continue
        if not common(word):
            continue  # "mandrillus leucophaeus": names of species, chemicals and the like
        lemma = base(word)
        found = relations.get(word)
        cells = [
            ",".join(sorted({american.get(w, w) for w in found[f]} - {lemma, word})) if found else ""
            for f in FIELDS
        ]
        if lemma == word and not any(cells):
            continue
        lines.append("\t".join([word, "" if lemma == word else lemma, *cells]))
    lines.sort(key=lambda line: line.split("\t", 1)[0].encode("utf-8"))
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    text = build()
    if "--check" in argv:
        stale = not OUT.exists() or OUT.read_text("utf-8") != text
        print("lexicon is stale: run python data/build_lexicon.py" if stale else "lexicon is up to date")
        return 1 if stale else 0
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT.relative_to(DATA.parent)}: {text.count(chr(10))} words, {len(text.encode()) // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
