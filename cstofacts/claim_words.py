"""The words claims and records are compared in: tokens, canonical terms and counted numbers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from cstofacts.text import STOP_WORDS, americanise, fold, stem

# Numeric dates stay one token ("2024-07-19", "31.03.2025", "2025/03/31"), so
# that their parts are never read as numbers; dates.find_dates reads them.
# An abbreviation written with dots ("U.N.", "U.S.") is one token, read without them.
TOKEN = re.compile(
    r"\d{4}-\d{2}(?:-\d{2})?(?!\d)|\d{4}/\d{1,2}/\d{1,2}(?!\d)|(?<!\d)\d{1,2}[./]\d{1,2}[./]\d{4}(?!\d)"
    r"|\b(?:[^\W\d_]\.){2,}(?![^\W_])|[^\W_]+"
)
# The same characters as `fold` makes, one for one, so offsets into the raw
# text stay valid (capitals and quotation marks are read from the raw text).
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})
NEGATIONS = frozenset({"not", "never", "no", "cannot", "didn", "doesn", "isn", "wasn", "weren", "don", "hasn", "haven", "hadn",
                       "couldn", "wouldn", "shouldn", "aren"})
# Clauses where a record speaks about the text rather than the world
# ("(the text gives no date)"): they must not make the record negative.
_META = re.compile(r"\([^)]*\)|;\s*(?:the (?:text|article|question)|no date)[^.;]*", re.I)
# Relative pronouns open a clause of their own: "the CSTO respects ... member
# states that cooperate with NATO" does not say that the CSTO cooperates with
# NATO. After a reporting verb, "that" only introduces what was said.
CLAUSE_WORDS = frozenset({"that", "which", "who", "whom", "whose"})
REPORTING = frozenset(
    """said says say stated declared noted notes stressed stresses believes believed added argued
    emphasized emphasised explained reported announced claimed thinks thought knows know told
    recalled recalls warned warns insisted insists""".split()
)
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
    ("say", "say said says told tell speak speaks speaking spoke spoken"),
    ("seek", "seek seeks sought aim aims aimed strive strives"),
    ("interview", "interview interviews interviewed"),
    ("visit", "visit visits visited trip trips"),
    ("report", "report reports reported"),
    ("document", "document documents paper papers"),
    ("summit", "summit summits"),
    ("journalist", "journalist journalists reporter reporters"),
    ("chair", "chair chairs chaired chairing chairmanship chairship presided"),
    ("head", "head heads headed director directs directed"),
    ("reduce", "reduce reduces reduced reducing ease eases eased easing lessen lessened defuse defused"),  # "heads the Institute": its director
    ("serve", "serve serves served act acts acted"),  # "act as a counterweight"
)
SYNONYMS = {stem(word): name for name, words in _SYNONYM_GROUPS for word in words.split()}

# Words that say the opposite of each other, group against group: a record that
# assesses something as "high" refutes a claim that it is "low", whatever else the
# two share. They are also the qualifiers a record must give for a claim that
# gives one: "a weak point" is not supported by a record silent on strength.
_OPPOSITES = (
    ("high higher highest", "low lower lowest"),
    ("increase increased increasing grow grows growing grew rise rises rising rose gain gains gaining gained "
     "expand expanded expanding strengthen strengthened strengthening",
     "decrease decreased decreasing decline declines declining declined fall falls falling fell lose loses "
     "losing lost reduce reduced reducing weaken weakened weakening shrink shrinking less"),
    ("strong stronger strength", "weak weaker weakness"),
    ("soft", "rigid hard strict"),
    ("open", "closed"),
    ("key main major primary principal central leading", "minor secondary marginal peripheral"),
    ("maintain maintained maintains keep kept preserve preserved", "suspend suspended suspends abandon abandoned"),
    ("accept accepted", "reject rejected"),
    ("support supports supported", "oppose opposes opposed"),
    ("success successful", "failure unsuccessful failed"),
    ("positive", "negative"),
    ("improve improved improving", "worsen worsened worsening deteriorate deteriorated deteriorating"),
    ("stable stability", "unstable instability"),
    ("effective", "ineffective"),
    ("legal", "illegal"),
    ("confirm confirmed", "deny denied"),
    ("allow allowed", "ban banned forbid forbidden prohibit prohibited"),
    ("deliberately intentionally", "unintentionally accidentally inadvertently"),
    ("excellent good great", "bad poor terrible"),
    ("foreign", "defense defence"),  # the Council of Foreign Ministers is not the Council of Defense Ministers
)


def _opposites() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for ours, theirs in _OPPOSITES:
        ours_terms, their_terms = {canonical(w) for w in ours.split()}, {canonical(w) for w in theirs.split()}
        for term in ours_terms:
            found.setdefault(term, set()).update(their_terms)
        for term in their_terms:
            found.setdefault(term, set()).update(ours_terms)
    return {term: frozenset(opposite - {term}) for term, opposite in found.items()}

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


def tokens(text: str) -> list[str]:
    """Folded words of `text`, British spellings in the American form the sources
    print ("defence" -> "defense"); ISO dates stay one token."""
    return [_american(t.replace(".", "") if t[-1:] == "." else t) for t in TOKEN.findall(fold(text))]


_american = lru_cache(maxsize=65536)(americanise)


@lru_cache(maxsize=8192)
def name_tokens(name: str) -> tuple[str, ...]:
    """The tokens of a name; cached, as every record's entities' names are compared again and again."""
    return tuple(tokens(name))


def raw_tokens(text: str) -> list[re.Match[str]]:
    """The tokens of `text` as written (case kept), one for each of `tokens(text)`."""
    return list(TOKEN.finditer(text.translate(_DASHES)))


def canonical(word: str) -> str:
    stemmed = stem(word)
    return SYNONYMS.get(stemmed, stemmed)


OPPOSITES = _opposites()


def term_set(text: str, content_only: bool = False) -> set[str]:
    """Canonical forms of the words of `text` (without stop words, with `content_only`)."""
    return {canonical(w) for w in tokens(text) if not (content_only and w in STOP_WORDS)}


def terms(words: Sequence[str], keep_length: bool = False) -> list[Any]:
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


def number_value(token: str) -> int | None:
    if token in NUMBER_WORDS:
        return NUMBER_WORDS[token]
    match = _ORDINAL.match(token)
    # A four-digit 19xx/20xx is a year, not a count.
    if match and not (len(match.group(1)) == 4 and match.group(1)[:2] in ("19", "20")):
        return int(match.group(1))
    return None


def numbers(words: list[str], used: list[bool] | None) -> list[tuple[int, str, str]]:
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
            value += unit  # "thirty five"
            j += 1
        k = j
        while k < len(words) and (words[k] in STOP_WORDS or words[k] in _NUMBER_FILLER or number_value(words[k]) is not None):
            k += 1
        found.append((value, canonical(words[k]) if k < len(words) else "", " ".join(words[i : k + 1])))
        i = j
    return found


def year_span(first: str, last: str) -> tuple[int, int] | tuple[None, None]:
    """The years of two tokens that can make a period ("2026", "2030"), earlier first; else Nones."""
    if len(first) == len(last) == 4 and first.isdigit() and last.isdigit() and first[:2] in ("19", "20") and first < last:
        return int(first), int(last)
    return None, None


def periods_in(words: Sequence[str]) -> list[tuple[int, int]]:
    """The spans of years a record's tokens give: two years in a row ("2026", "2030")."""
    spans = [year_span(a, b) for a, b in zip(words, words[1:])]
    return [(a, b) for a, b in spans if a is not None and b is not None]


def positions(words: Sequence[str], name: tuple[str, ...]) -> list[int]:
    """Where the words of `name` stand, in order, in `words`."""
    size = len(name)
    if not size or name[0] not in words:  # the common case, found fast: names are tried one by one
        return []
    return [i for i in range(len(words) - size + 1) if tuple(words[i : i + size]) == name]


# "under the chairmanship of X", "under X's chairmanship", "chaired by X", "X chaired".
CHAIR_NOUNS = frozenset({"chairmanship", "chairship", "presidency", "chair"})
CHAIR_VERBS = frozenset({"chaired", "chairs", "chairing", "presided"})


def chair_at(words: Sequence[str], start: int, end: int) -> bool:
    """True when the name at words[start:end] is said to chair something."""
    before = list(words[max(0, start - 3) : start])
    if before[-1:] == ["the"]:
        before.pop()
    if before[-2:] in (["chairmanship", "of"], ["chairship", "of"], ["presidency", "of"], ["chaired", "by"], ["presided", "by"]):
        return True
    after = list(words[end : end + 2])
    if after[:1] == ["s"]:
        after = after[1:]
    return bool(after) and (after[0] in CHAIR_NOUNS or after[0] in CHAIR_VERBS)


def clause_at(words: Sequence[str], i: int) -> bool:
    """True when word `i` opens a relative clause (not "that" after "said")."""
    return words[i] in CLAUSE_WORDS and not (words[i] == "that" and i > 0 and words[i - 1] in REPORTING)


def unmeta_tokens(text: str) -> list[str]:
    """The tokens of a record's text without its remarks about the text itself."""
    return tokens(_META.sub(" ", text))
