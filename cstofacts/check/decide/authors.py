"""The rule of stage 5 for who wrote a text: "The review of the CSTO's 2023-2025
work was written by Sergei Karaganov", where the record says "Babaev's article
analyses the results of the CSTO's work for 2023-2025". A text has one author,
as an interview has one outlet; one row of rules.RULES."""

from __future__ import annotations

from cstofacts.check.decide.context import REFUTED, SAME_ACT, Context, Outcome, coverage_but
from cstofacts.check.lexical import reaches
from cstofacts.check.read.reading import Reading
from cstofacts.check.termsets import DETERMINERS, PAST_OFFICE, TEXT_NOUNS
from cstofacts.check.words import Token

# WordNet's verb of writing, with its kinds: "author", "pen", "compose", "draft".
_WRITING = frozenset({"write"})


def author_conflict(ctx: Context) -> Outcome | None:
    """A text the claim gives another author than the record gives it (a person
    named as its writer: "Babaev's article", "an article by Kirill Babaev"). A text
    the sources give no person's ("the CSTO's article") has no author to conflict."""
    claim = ctx.claim
    author = _claimed_author(claim)
    if author is None:
        return None
    name, words = author
    for comparison in ctx.comparisons:  # (the claim's author's own records may rank first)
        written_by = _record_author(comparison.view.reading)
        if written_by is None or written_by.lower() == name.lower() or name.lower() in written_by.lower().split():
            continue
        if coverage_but(comparison, *words) < SAME_ACT:
            continue  # another text than the claim's
        return Outcome(REFUTED, f"author: the source says {written_by} wrote it, not {name}", (comparison.record,))
    return None


def _claimed_author(claim: Reading) -> tuple[str, set[str]] | None:
    """The person the claim says wrote a text ("was written by X", "X authored the
    review"), as named, with the words that name them (set aside when the record's
    text is compared); None when it says no such thing, or of a former office's holder."""
    tokens = claim.tokens
    for i, token in enumerate(tokens):
        if token.word == token.lemma or not reaches(token.lemma, _WRITING):
            continue  # (a verb's past form: "written", "authored", "wrote"; the lexicon only for those)
        if i + 1 < len(tokens) and tokens[i + 1].word == "by":
            named = _name_at(claim, i + 2)
        elif _a_text_follows(tokens, i + 1):
            named = _name_before(claim, i)
        else:
            continue  # "Babaev wrote that ...": his words, not his text
        if named is not None:
            return named
    return None


def _name_at(claim: Reading, at: int) -> tuple[str, set[str]] | None:
    """The person named from `at` on, past a title ("Secretary General Imangali
    Tasmagambetov"): a person the store knows, or capitalised words it does not."""
    tokens = claim.tokens
    if any(t.word in PAST_OFFICE for t in tokens[at : at + 3]):
        return None  # "by former Secretary General Stanislav Zas": no office of the sources'
    for mention in claim.mentions:
        if (
            mention.start >= at
            and mention.entity.type == "person"
            and mention.how != "role"
            and all(tokens[k].capitalised or tokens[k].word == "the" for k in range(at, mention.start))
        ):
            return mention.entity.name, {t.lemma for t in tokens[at : mention.end]}
    return _unknown_run(claim, at)


def _name_before(claim: Reading, verb: int) -> tuple[str, set[str]] | None:
    """The person named just before the verb: "Sergei Aleynik authored the analysis"."""
    for mention in claim.mentions:
        if mention.end == verb and mention.entity.type == "person" and mention.how != "role":
            return mention.entity.name, {t.lemma for t in claim.tokens[mention.start : mention.end]}
    start = verb
    while start > 0 and claim.tokens[start - 1].capitalised and start - 1 not in claim.named:
        start -= 1
    if 0 < start < verb and claim.tokens[start - 1].word == "of":
        return None  # "Babaev, Doctor of Philological Sciences, wrote": a title's words, not a name
    return _unknown_run(claim, start) if 0 < start < verb else None


def _unknown_run(claim: Reading, at: int) -> tuple[str, set[str]] | None:
    """Capitalised words from `at` that name nothing the store knows (two at least:
    a first name and a surname)."""
    tokens = claim.tokens
    end = at
    while end < len(tokens) and tokens[end].capitalised and end not in claim.named:
        end += 1
    if end - at < 2:
        return None
    return " ".join(t.raw for t in tokens[at:end]), {t.lemma for t in tokens[at:end]}


def _a_text_follows(tokens: list[Token], at: int) -> bool:
    """True when the verb's object is a text: "the analysis", "a review of ..."."""
    while at < len(tokens) and tokens[at].word in DETERMINERS:
        at += 1
    return at < len(tokens) and at > 0 and tokens[at - 1].word in DETERMINERS and not tokens[at].function


def _record_author(reading: Reading) -> str | None:
    """The person a record says wrote its text: "Babaev's article", "an article by
    Kirill Babaev"; None for a body's ("The CSTO's article") or none."""
    tokens = reading.tokens
    for mention in reading.mentions:
        if mention.entity.type != "person" or mention.start < 0:
            continue
        after = mention.end
        owned = after < len(tokens) and reading.text[tokens[after - 1].end :].startswith(("'s", "\u2019s"))
        if owned and after < len(tokens) and tokens[after].lemma in TEXT_NOUNS:
            return mention.entity.name
        if (
            mention.start >= 2
            and tokens[mention.start - 1].word == "by"
            and tokens[mention.start - 2].lemma in TEXT_NOUNS
        ):
            return mention.entity.name
    return None
