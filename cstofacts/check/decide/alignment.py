"""Alignment: which name a record gives in the very place, among the same words,
where a claim gives another ("reported by TASS" where the claim says "reported
by RIA Novosti"; "the UN plays the key role" where it says "the EU plays")."""

from __future__ import annotations

from collections.abc import Sequence

from cstofacts import lexicon
from cstofacts.check.find.views import RecordView
from cstofacts.check.read.names import GENERIC_ENTITIES
from cstofacts.check.read.reading import PLACE_TYPES, Reading
from cstofacts.check.termsets import ADDITIVE, DETERMINERS
from cstofacts.check.words import noun_use, past_form, past_verb, possessive, word_before

REACH = 3  # function words ("by", "in the", "of the") passed over to the word beside a name
WINDOW = 3  # words on each side of a name compared, its surroundings


def beside(reading: Reading, at: int, step: int, count: int = 1) -> list[str]:
    """The lemmas of the first `count` words that are no function words from `at`
    in the direction `step` (-1 before, +1 after), none further than REACH
    function words from the one before."""
    found: list[str] = []
    i, passed = at + step, 0
    while 0 <= i < len(reading.tokens) and len(found) < count and passed <= REACH:
        token = reading.tokens[i]
        if token.function:
            passed += 1
        else:
            found.append(token.lemma)
            passed = 0
        i += step
    return found


def _aligned(mine: list[str], theirs: list[str]) -> bool:
    """The same word right beside both names, or two of the few words around them."""
    return bool(mine and theirs and (mine[0] == theirs[0] or len(set(mine) & set(theirs)) >= 2))


def adds_to_the_sources(claim: Reading) -> bool:
    """ "Also carried by Kazinform", "repeated his comments to Kazinform": a name beside
    the source's, or on another occasion, not in its place."""
    tokens = claim.tokens
    return any(
        t.word in ADDITIVE
        or (_said_again(t.lemma) and not noun_use(claim, i))
        # "first reported by Reuters", "originally made ... to X": an occasion before the sources'
        or _first_done(claim, i)
        for i, t in enumerate(tokens)
    )


# Prepositions that set an act on an occasion: "at a meeting of ...", "during his visit".
OCCASION_PREPOSITIONS = frozenset({"at", "during", "upon"})
_OCCASION_CLASSES = frozenset({"noun.group", "noun.act", "noun.event"})  # WordNet's: a meeting, a visit


def occasion_unsaid(claim: Reading, words: Sequence[tuple[str, str, str]]) -> bool:
    """ "made his statement ... at a meeting of CSTO foreign ministers": an occasion the
    record does not give (its noun unmatched among `words`, a comparison's, or only
    loosely related), which a claim that adds it does not share with the record. An
    occasion is an act, a group or an event, not a time ("at the time of"), a request
    ("at the suggestion of Belarus": who proposed it) or a place ("at the heart of")."""
    for i, (_, how, _) in zip(claim.content, words):
        classes = lexicon.classes(claim.tokens[i].lemma)
        if how not in ("none", "related") or "noun.time" in classes or not classes & _OCCASION_CLASSES:
            continue
        if i + 1 < len(claim.tokens) and not claim.tokens[i + 1].function:
            continue  # not the phrase's head ("at the required level")
        before = word_before(claim.tokens, i, lambda t: t.word in DETERMINERS or possessive(claim.text, t))
        if before >= 0 and claim.tokens[before].word in OCCASION_PREPOSITIONS:
            return True
    return False


def _first_done(claim: Reading, i: int) -> bool:
    """ "was first reported by Reuters", "first made his remarks to X": an act done first,
    in the clause that runs on to the name (not "the first armed forces", not "remarks,
    first made to members, were reported by ...")."""
    tokens = claim.tokens
    if (
        tokens[i].word not in ("first", "originally", "initially")
        or i + 1 >= len(tokens)
        or not (past_verb(tokens[i + 1]) or past_form(tokens[i + 1]))
    ):
        return False
    if i and tokens[i - 1].word in DETERMINERS:
        return False
    return "," not in claim.text[tokens[i].end :]


def _said_again(lemma: str) -> bool:
    """ "repeat", "reiterate", "again": words said once more, on another occasion (not
    "a repeat of the unrest", a noun)."""
    return lemma in ("repeat", "again") or lexicon.relation(lemma, "repeat") == "synonym"


def aligned_entity(claim: Reading, runs: Sequence[Sequence[int]], records: Sequence[Reading | None]) -> str | None:
    """An entity the records name, and the claim does not, among the same words,
    on the same side, as one of the claim's names the records do not give."""
    if adds_to_the_sources(claim) or any(_one_among(claim, run) for run in runs):
        return None  # "also carried by Kazinform": beside the source's outlet, not in its place
    named = {e.name for e in claim.entities} | GENERIC_ENTITIES
    # A lone unknown word is no person's full name: "Lukashenko urged ..." is
    # not Tokayev's words given to another, but someone the sources never heard.
    people = any(len(run) > 1 for run in runs)
    # "the Kyrgyz Republic" names Kyrgyzstan by its nationality word
    named |= {country.title() for t in claim.tokens if (country := lexicon.country(t.word))}
    places = any(
        _a_place(claim, i) for run in runs for i in (*_heads(claim, run), run[-1] + 1) if i < len(claim.tokens)
    )
    sides = [(beside(claim, run[0], -1, WINDOW), beside(claim, run[-1], 1, WINDOW)) for run in runs]
    owners = [possessive(claim.text, claim.tokens[run[-1]]) for run in runs]
    parts = {part for run in runs for i in run for part in claim.tokens[i].word.split("-")}
    for reading in records:
        if reading is None:
            continue
        for mention in reading.mentions:
            entity = mention.entity
            if mention.start < 0 or entity.name in named or (entity.type == "person" and not people):
                continue
            if places != (entity.type in PLACE_TYPES):
                continue  # a place stands for a place; a name that is none (a venue?) may lie inside one
            if {t.word for t in reading.tokens[mention.start : mention.end]} & parts:
                continue  # the same name inside the claim's compound: "CSTO-UN cooperation"
            before = beside(reading, mention.start, -1, WINDOW)
            after = beside(reading, mention.end - 1, 1, WINDOW)
            if any(_aligned(mine_before, before) or _aligned(mine_after, after) for mine_before, mine_after in sides):
                return entity.name
            # "Kazakhstan's leadership" in the place of "the leadership of ... Belarus"
            if any(owner and mine_after[:1] == before[:1] for owner, (_, mine_after) in zip(owners, sides)):
                return entity.name
    return None


def compound_swapped(claim: Reading, unsaid: list[int], view: RecordView) -> str | None:
    """A compound of countries the record gives with one of them another
    ("Kyrgyzstan-Afghanistan" where the record says "Tajikistan-Afghanistan"), or both
    ("Kyrgyzstan-China": another frontier than the record's)."""
    for i in unsaid:
        mine = [lexicon.country(p) for p in claim.tokens[i].word.split("-")]
        if len(mine) < 2 or not all(mine):
            continue
        for reading in (view.reading, view.focus):
            for at, token in enumerate(reading.tokens if reading is not None else ()):
                theirs = [lexicon.country(p) for p in token.word.split("-")] if "-" in token.word else []
                apart = len(set(mine) - set(theirs))
                if (
                    len(theirs) == len(mine)
                    and all(theirs)
                    and apart == len(set(theirs) - set(mine)) > 0
                    and (apart == 1 or (reading is not None and _same_head(claim, i, reading, at)))
                ):
                    return token.raw  # by country: "Turkmen-Afghan" against "Tajikistan-Afghanistan"
    return None


def _same_head(claim: Reading, i: int, reading: Reading, at: int) -> bool:
    """True when the compounds of countries at `i` and `at` are of the same thing ("the
    Kyrgyzstan-China frontier", "the Tajikistan-Afghanistan frontier"): another
    frontier, not another act."""
    mine = claim.tokens[i + 1].lemma if i + 1 < len(claim.tokens) else ""
    theirs = reading.tokens[at + 1].lemma if at + 1 < len(reading.tokens) else ""
    return bool(mine) and mine == theirs


def _one_among(claim: Reading, run: Sequence[int]) -> bool:
    """ "ASEAN is among the associations ...", "named the EU among the organizations":
    one more of them, not one in another's place."""
    after = [t.word for t in claim.tokens[run[-1] + 1 : run[-1] + 3]]
    return after[:1] == ["among"] or (after[:1] in (["is"], ["was"], ["are"], ["were"]) and after[1:] == ["among"])


def _heads(claim: Reading, run: Sequence[int]) -> Sequence[int]:
    """The words of a run that say what it names: the first alone, of a name the
    lexicon holds whole ("European Union": not the "Union" of states)."""
    return run[:1] if len(claim.phrases.get(run[0], "").split()) == len(run) > 1 else run


def _a_place(reading: Reading, i: int) -> bool:
    """A word that names a country, region or city ("Pakistan", "Central Asia"), not
    a building in one ("the Kremlin"), nor a body a name the lexicon holds whole
    begins with a place's word ("the European Union")."""
    token = reading.tokens[i]
    whole = reading.phrases.get(i, "")
    if " " in whole and token.capitalised:
        return "noun.location" in lexicon.classes(whole)
    classes = lexicon.classes(token.lemma)
    return bool(lexicon.country(token.word) or "noun.location" in classes) and "noun.artifact" not in classes
