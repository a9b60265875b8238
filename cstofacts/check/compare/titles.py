"""Stage 3, titles: the office a claim gives a person, before the name ("Armenian
President Nikol Pashinyan"), set off by commas before it, or after it ("Aleynik
heads the Kazakh Ministry of Foreign Affairs"), against the role the sources give."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from itertools import pairwise

from cstofacts import lexicon
from cstofacts.check.find.views import RecordView
from cstofacts.check.lexical import verb_of_ing
from cstofacts.check.read.frames import holding_a_post
from cstofacts.check.read.names import Mention
from cstofacts.check.read.reading import Reading
from cstofacts.check.read.roles import (
    is_office,
    longest,
    qualifier_of,
    qualifiers,
    role_reading,
    title_fits,
    titles,
    tokens_of,
)
from cstofacts.check.slot import ABSENT, CONFLICT, MATCH, Slot
from cstofacts.check.termsets import (
    APPOSITION_WORDS,
    PAST_OFFICE,
    POSSESSIVE_DETERMINERS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)
from cstofacts.check.words import Token, capitalised_before

# Prepositions that join another party to the act, whose title may follow ("met with
# NATO's secretary general"), not a place or a field of the office ("prime minister in Georgia").
_ANOTHER_PARTY = frozenset({"with", "by", "from", "against"})


def role_slots(claim: Reading, view: RecordView, known_titles: AbstractSet[str]) -> list[Slot]:
    """A person's office as the claim gives it, before the name ("Armenian President
    Nikol Pashinyan") or after it ("Tokayev is the President of Belarus", "Aleynik
    heads the Kazakh Ministry of Foreign Affairs"): another office than the sources
    give refutes; an honorific ("Dr.") is no office."""

    slots = []
    earlier = _set_in_an_earlier_time(claim)
    for mention in claim.mentions:
        entity = mention.entity
        if entity.type != "person" or mention.how != "name" or not entity.role or entity.name not in view.names:
            continue
        role_titles, whose = role_reading(entity.role)
        # the office under the name a claim gives it: "head of the ministry of foreign
        # affairs" is the sources' "foreign minister" (the lexicon's synonym)
        role_titles = role_titles | {s for t in role_titles for s in lexicon.synonyms(t) if s in known_titles}
        set_off = _set_off_before(claim, mention) if not _before(claim, mention) else []
        for words in (_before(claim, mention), _after(claim, mention), set_off):
            if earlier or any(t.word in PAST_OFFICE or t.word.startswith("ex-") for t in words):
                continue  # "a former Kazakh defence minister": an office held once beside the one held now
            claimed = {
                t
                for t in titles(words) | {w.lemma for w in words}
                if t in known_titles or t in ("head", "ministry") or any(title_fits(t, {k}) for k in known_titles)
            }
            # the longest: "prime minister", whose "minister" a foreign minister also is
            claimed = longest(claimed)
            if not claimed or not any(is_office(t) or _heads(t) for t in claimed):
                continue  # "the author of the article", "a corresponding member": no office to conflict
            claimed_whose = {c for t in words for c in qualifiers(t)}
            if "alliance" in claimed_whose:
                # "the alliance's Secretary General": whichever alliance the claim names (NATO, the CSTO)
                named = {q for m in claim.mentions if m.entity.type == "organisation" if (q := qualifier_of(m.entity))}
                claimed_whose = (claimed_whose - {"alliance"}) | (named or {"csto"})
            if words and words[0] is not None:  # "NATO Secretary General X": the organisation just before the title
                first = claim.tokens.index(words[0])
                # (not across a comma: "... in response to NATO, Secretary General X told BelTA")
                joined = first > 0 and "," not in claim.text[claim.tokens[first - 1].end : claim.tokens[first].start]
                claimed_whose |= {
                    q for m in claim.mentions if joined and m.end == first if (q := qualifier_of(m.entity))
                }
            claimed_whose |= {
                m.entity.name.lower()
                for m in claim.mentions
                if m.entity.type == "state" and any(m.start == claim.tokens.index(t) for t in words)
            }
            fits = (
                any(title_fits(t, role_titles) or t in role_titles or _heads(t) for t in claimed)
                and (not claimed_whose or bool(claimed_whose & whose))
                and not _names_beyond(claim, words, entity.role, known_titles)
                and not _another_kind(words, role_titles, entity.role)
            )
            if (
                words is set_off
                and not fits
                and not {t.split()[-1] for t in claimed} & {r.split()[-1] for r in role_titles}
                # "Kazakhstan's prime minister, Tokayev,": another office of his state that someone holds
                and not (claimed_whose & whose and set(claimed) <= known_titles)
            ):
                continue  # "the author of the review, Kirill Babaev,": another kind of title, not another office
            shown = " ".join(t.raw for t in words if not t.function)
            status = MATCH if fits else CONFLICT
            if not fits and _also_before(claim, words):
                status = ABSENT  # "Mirzoyan is also deputy chairman of ...": an office beside the sources'
            slots.append(Slot("role", status, shown, f"{entity.name} is {entity.role}"))
    return slots


def _also_before(claim: Reading, words: list[Token]) -> bool:
    """True when "also" opens a title or stands just before it ("is also", "also serves as")."""
    at = claim.tokens.index(words[0]) if words else 0
    return any(t.word == "also" for t in [*claim.tokens[max(0, at - 3) : at], *words[:2]])


def _set_in_an_earlier_time(claim: Reading) -> bool:
    """True when the claim tells of a time before someone's act ("Before becoming
    Secretary General, ...", "prior to his appointment", "before he took office"): the
    offices it gives may be ones held then, which the sources, telling of the
    present, neither give nor deny."""
    tokens = claim.tokens
    for i, token in enumerate(tokens[:-1]):
        if token.word not in ("before", "prior"):
            continue
        after = tokens[i + 1 + (token.word == "prior" and tokens[i + 1].word == "to") :][:1]
        if after and (
            after[0].word in POSSESSIVE_DETERMINERS
            or after[0].word in SUBJECT_PRONOUNS
            or (after[0].word.endswith("ing") and bool(verb_of_ing(after[0].word)))
        ):
            return True
    return False


def _another_kind(words: list[Token], role_titles: set[str], role: str) -> bool:
    """True when the word right before the office word of the sources' role ("minister",
    or the "ministry" it heads) names another kind of that office: "defence minister"
    against "foreign minister", "Belarus's defence ministry" against "head of the
    Belarusian Ministry of Foreign Affairs"."""
    held = {t.lemma for t in tokens_of(role)}
    offices = {r.rsplit(" ", 1)[-1] for r in role_titles if " " in r} | ({"ministry"} & held)
    for before, head in pairwise(words):
        if head.lemma not in offices or head.start - before.end != 1 or qualifiers(before):
            continue  # "Armenian minister" says whose
        if before.word.endswith("ed") or not any(
            c.startswith(("noun.", "adj.")) for c in lexicon.classes(before.lemma)
        ):
            continue  # "appointed minister": a verb
        if before.lemma not in held and not any(lexicon.relation(before.lemma, w) in lexicon.KIN for w in held):
            return True
    return False


def _heads(title: str) -> bool:
    """The word for whoever is at the head of something ("heads", "chief"): any office
    that leads what the sources name fits it, whatever it is called there."""
    found = lexicon.entry(title)
    return title == "head" or (found is not None and "head" in found.synonyms)


def _names_beyond(claim: Reading, words: list[Token], role: str, known_titles: AbstractSet[str]) -> set[str]:
    """Capitalised words of the claim's title that the sources' role does not hold,
    no office word explains and no name the store knows takes: "director of the
    Institute of Oriental Studies" of the director of the Institute of China and Modern Asia."""
    held = {t.lemma for t in tokens_of(role)}
    named = {claim.tokens[i].start for i in claim.named}
    title_words = {w for k in known_titles for w in k.split()}
    dated = {claim.tokens[i].start for i in claim.dated}
    # a word written right before an office word qualifies it: "defence minister"
    qualifying = {
        a.start
        for a, b in pairwise(words)
        if b.lemma in title_words
        and b.start - a.end == 1
        and not a.word.endswith("ed")  # "appointed secretary general": a verb, no qualifier
        and any(c.startswith(("noun.", "adj.")) for c in lexicon.classes(a.lemma))
    }
    # and one right after its "of": "minister of defence"
    qualifying |= {c.start for a, b, c in zip(words, words[1:], words[2:]) if a.lemma in title_words and b.word == "of"}
    return {
        t.lemma
        for t in words
        if (t.capitalised or t.start in qualifying)
        and t.start not in named
        and not t.function
        and t.lemma not in held
        and not lexicon.country(t.word)
        and not any(t.lemma == k or t.lemma in k.split() for k in known_titles)
        and t.start not in dated  # "appointed Secretary General in January 2023": a date, no title
    }


def _before(claim: Reading, mention: Mention) -> list[Token]:
    """The capitalised words just before a name, with nothing but spaces between: its
    title ("Earlier, Belarusian Defence Minister Sergei Aleynik": not "Earlier")."""
    others = {i for m in claim.mentions if m is not mention and m.start >= 0 for i in range(m.start, m.end)}
    run = capitalised_before(claim.tokens, claim.text, mention.start)
    inside = [k for k, i in enumerate(run) if i in others]
    if inside:
        run = run[inside[-1] + 1 :]  # only the words after another name
    if not run:
        run = _written_small_before(claim, mention.start, others)
    return [claim.tokens[i] for i in run]


def _written_small_before(claim: Reading, start: int, others: set[int]) -> list[int]:
    """A title in small letters right before a name ("Armenia's defence minister Ararat
    Mirzoyan"): a word for a person next to the name, and the words qualifying it."""
    if not start or "noun.person" not in lexicon.classes(claim.tokens[start - 1].lemma):
        return []
    if claim.text[claim.tokens[start - 1].end : claim.tokens[start].start] != " ":
        return []  # "the NATO Secretary General, Pashinyan": set off, another's title
    run = [start - 1]
    for i in range(start - 2, max(start - 4, -1), -1):
        token = claim.tokens[i]
        if i in others or token.function or claim.text[token.end : claim.tokens[i + 1].start] != " ":
            break
        if not any(c.startswith(("noun.", "adj.")) for c in lexicon.classes(token.lemma)):
            break
        run.insert(0, i)
    return run


def _set_off_before(claim: Reading, mention: Mention) -> list[Token]:
    """A title set off by commas before the name: "Armenia's defence minister, Ararat Mirzoyan,"."""
    start = mention.start
    if not start or not claim.text[: claim.tokens[start].start].rstrip().endswith(","):
        return []
    before = sorted(i for i in claim.titles if start - APPOSITION_WORDS <= i < start)
    if not before or any(
        m is not mention and m.entity.type == "person" and before[0] - 1 <= m.end - 1 < start
        for m in claim.mentions
        if m.start >= 0
    ):
        return []  # "Nikol Pashinyan, Armenia's prime minister, Ararat Mirzoyan": the title is Pashinyan's
    owner = before[0] - 1
    if before[0] and claim.tokens[owner].capitalised and not claim.tokens[owner].function and owner not in claim.named:
        return []  # a name no source gives right before it ("Lavrov, Russia's foreign minister, X")
    return [claim.tokens[i] for i in before]


def _after(claim: Reading, mention: Mention) -> list[Token]:
    """ "X is the ...", "X, head of the ...," "X heads the ...": the office a claim gives after the name."""
    at = mention.end
    if at < len(claim.tokens) and claim.tokens[at].word == "who":  # "Babaev, who heads the Institute ..."
        at += 1
    rest = claim.tokens[at : at + 9]
    post = holding_a_post(claim.tokens, at) if rest else []
    if post:  # "Tokayev holds the office of president": what he is, as "is" says
        rest = [claim.tokens[post[0]], *claim.tokens[post[-1] + 1 : post[-1] + 9]]
    if not rest or (
        rest[0].word not in ("is", "was", "heads", "headed", "head", "as")
        and not post
        and claim.text[claim.tokens[mention.end - 1].end : rest[0].start].strip() != ","
    ):
        return []
    if rest[0].word == "as" and len(rest) > 1 and rest[1].word.endswith("ing"):
        return []  # "quoted X as saying ...": what X said, no office
    words: list[Token] = []
    for at_word, token in enumerate(rest):
        if claim.text[(words[-1].end if words else token.start) : token.start].strip(" ") in (",", ";", "."):
            break
        following = rest[at_word + 1].word if at_word + 1 < len(rest) else ""
        if words and token.word in _ANOTHER_PARTY and following != "as":
            break  # "X was interviewed by the agency's director general", "X, held a meeting with
            # NATO's secretary general": the title of the one the phrase names, not X's ("referred to as" is X's)
        if words and token.word in SUBORDINATORS:
            break  # "chosen as Secretary General because Kazakhstan ...": another clause's words
        words.append(token)
    people = {m.start for m in claim.mentions if m is not mention and m.entity.type == "person" and m.start >= 0}
    if any(mention.end + offset in people for offset in range(len(words))):
        return []  # "Jens Stoltenberg, Armenian Prime Minister Nikol Pashinyan ...": another person's title
    return words
