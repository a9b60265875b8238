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
- VADER's sentiment lexicon (pip install vaderSentiment), written to
  data/lexicon/polarity.tsv: the adjectives it scores as praise or blame
  ("excellent", "strained"), by which check tells opposite qualities apart;
- Snowball's Russian stop word list (the copy Sphinx ships, pip install
  sphinx), written to data/lexicon/russian_stop_words.txt: the Russian
  words a query holds that say nothing about which record is meant.

The output has one line per word, sorted by its UTF-8 bytes, so that the
package looks a word up by bisection over a memory map without loading the
file (cstofacts/lexicon.py):

    word <TAB> lemma <TAB> synonyms <TAB> derived <TAB> antonyms <TAB> broader <TAB> narrower
         <TAB> wide <TAB> classes <TAB> country <TAB> capital <TAB> opposed_as <TAB> also

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
so the verb "presents" opposes nothing. `also` holds the verb a form may be besides
its lemma: "left" (lemma "left") may be "leave" (WordNet's verb.exc), "serving"
(a noun's lemma) may be "serve" (morphy). Licences: data/lexicon/NOTICE.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from lexicon_wordnet import (
    FIELDS,
    OPPOSED_AS,
    read_synsets,
    verb_exceptions,
    wordnet_capitals,
    wordnet_relations,
)

from cstofacts.lexicon_table import build_index

DATA = Path(__file__).resolve().parent
OUT = DATA / "lexicon" / "lexicon.tsv"
TERMS = DATA / "lexicon" / "csto_terms.tsv"
RUSSIAN_STOP_WORDS = DATA / "lexicon" / "russian_stop_words.txt"
POLARITY = DATA / "lexicon" / "polarity.tsv"
INDEX = OUT.with_suffix(".idx")  # where each line starts, by a hash of its word (cstofacts/lexicon_table.py)
WORD_LISTS = (Path("/usr/share/dict/american-english"), Path("/usr/share/dict/british-english"))
# WordNet's detachment rules (morphy, "Morphy(7WN)"): an inflectional ending and what replaces it.
MORPHY = (("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"))
PLAIN_WORD = re.compile(r"[a-z][a-z' -]*[a-z]|[a-z]")


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
        if relation not in (*FIELDS, "in", "capital", "not"):
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
        if relation == "not":  # two acts the sources keep apart, which WordNet joins
            for one, two in ((word, other), (other, word)):
                for field in FIELDS:
                    relations[one][field].discard(two)
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
        if lemma not in relations:  # ("founding" is "found", a verb of its own, not "find")
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

    irregular = verb_exceptions()

    def verb_bases(word: str) -> set[str]:
        # the verb an inflected form may be: WordNet's irregular forms, else its detachment rules
        def verb(lemma: str) -> bool:
            return any(c.startswith("verb.") for c in classes.get(lemma, ()))

        if verb(word):
            return set()  # "feed" is its own verb, not "fee"'s past
        found = {b for b in irregular.get(word, ()) if verb(b)}
        if not found and word.endswith(("ing", "ed")):
            found = {
                cut + added
                for ending, added in MORPHY
                if word.endswith(ending) and ending in ("ing", "ed")
                for cut in [word[: -len(ending)]]
                if len(cut + added) > 2 and cut + added in known and verb(cut + added)
            }
        return found

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
        cells.append(",".join(sorted(verb_bases(word) - {lemma, word})))
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


# A quality VADER scores at least this far from neutral (-4..4) is praise or blame.
CLEAR_POLARITY = 1.0


def polarity(lexicon_text: str) -> str:
    """VADER's sentiment lexicon (vader_lexicon.txt, pip install vaderSentiment): the
    adjectives WordNet has that it scores clearly for or against ("excellent" 2.7,
    "strained" -1.7), a word and its score per line, sorted."""
    from importlib.resources import files

    adjectives = set()
    for line in lexicon_text.splitlines():
        cells = line.split("\t")
        if len(cells) > 8 and any(c.startswith("adj.") for c in cells[8].split(",")):  # its classes
            adjectives.add(cells[0])
    source = files("vaderSentiment") / "vader_lexicon.txt"
    scores = {}
    for line in source.read_text("utf-8", errors="replace").splitlines():
        word, _, rest = line.partition("\t")
        score = float(rest.split("\t", 1)[0]) if rest else 0.0
        if word.isalpha() and word in adjectives and abs(score) >= CLEAR_POLARITY:
            scores[word] = score
    return "".join(f"{word}\t{score:g}\n" for word, score in sorted(scores.items()))


def main(argv: list[str]) -> int:
    lexicon_text = build()
    outputs = {
        OUT: lexicon_text.encode(),
        INDEX: build_index(lexicon_text.encode()),
        RUSSIAN_STOP_WORDS: russian_stop_words().encode(),
        POLARITY: polarity(lexicon_text).encode(),
    }
    if "--check" in argv:
        stale = [p.name for p, data in outputs.items() if not p.exists() or p.read_bytes() != data]
        print(f"stale: {', '.join(stale)}: run python data/build_lexicon.py" if stale else "lexicon is up to date")
        return 1 if stale else 0
    for path, data in outputs.items():
        path.write_bytes(data)
        print(f"wrote {path.relative_to(DATA.parent)}: {len(data) // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
