"""A claim of several clauses, cut into claims of one each (part of stage 1):
clauses joined by ", and" or ";", a run of things said of at once ("Rock-2023
and Barrier-2023 were held ..."), a contrast (", but", ", though"), and a
relative clause set off by commas ("Babaev, who heads the Institute, ...").
A clause with no name of its own ("though new tasks await it") is about the
names of the clause before it."""

from __future__ import annotations

import copy
import re

from cstofacts import lexicon
from cstofacts.check.lexical import telling
from cstofacts.check.read.names import Mention
from cstofacts.check.read.order import AFTER, BEFORE, FOLLOWING_VERBS, PLACING_VERBS, PRECEDING_VERBS
from cstofacts.check.read.reading import Reading
from cstofacts.check.termsets import PREPOSITIONS, SUBJECT_PRONOUNS, VERBS_OF_BEING
from cstofacts.check.words import QUOTED

_JOINED = re.compile(r",\s+and\s+|;\s+|(?<=[.!?])\s+(?=[A-Z])")
_CONTRASTED = re.compile(r",\s+(?:but|though|although|while|whereas|yet)\s+")
_RELATIVE = re.compile(r",\s+(?:who|which)\s+([^,]+?)(?:,\s+|(?=[.!?]?$))")
_DISTRIBUTIVE = frozenset({"exercise", "document", "meeting", "award"})
# A name's appositive set off by commas: ", director of the Institute of China and Modern Asia, ".
_APPOSITIVE = re.compile(r",\s+((?:the\s+|a\s+|an\s+)?([A-Za-z]+)\b[^,]*?),\s+")


def joined(text: str) -> list[str]:
    """The clauses of a claim joined by ", and", ";" or a full stop."""
    return _split(_JOINED, text)


def contrasted(text: str) -> list[str]:
    """The clauses of a claim set against each other: "X, but Y", "X, though Y"."""
    return _split(_CONTRASTED, text)


def reported(claim: Reading) -> list[str]:
    """Two things one speaker said, each a claim of its own with the speaker: "Tokayev
    said A and that B" ("Tokayev said B"), "He rated A as high but said B" ("He said B")."""
    tokens, text = claim.tokens, claim.text
    words = [t.word for t in tokens]
    for i in range(2, len(tokens) - 1):
        if words[i - 1] not in ("and", "but"):
            continue
        first = text[: tokens[i - 1].start].rstrip(" ,")
        earlier = [j for j in claim.reporting if j < i - 1]
        if words[i] == "that" and earlier and not (i + 1 < len(tokens) and tokens[i + 1].word in VERBS_OF_BEING):
            said = text[: tokens[max(earlier)].end]  # "Tokayev said" ... "and that B"
            return [first, f"{said} {text[tokens[i + 1].start :]}"]
        subject = _subject(claim)
        if subject and telling(tokens[i].lemma) and tokens[i].word != tokens[i].lemma:
            return [first, f"{subject} {text[tokens[i].start :]}"]  # "He rated ... but said B"
    return []


def occasions_in_order(claim: Reading) -> tuple[str, str] | None:
    """The words of two acts a claim puts in order, the earlier first: "The Minsk
    meeting preceded the signing of the Khujand agreement", "The agreement was signed
    before the Minsk meeting took place", "After the meeting, the agreement was signed"."""
    tokens, text = claim.tokens, claim.text
    for i, token in enumerate(tokens):
        word = token.word
        if word in PRECEDING_VERBS or word in FOLLOWING_VERBS:
            after = text[token.end :].lstrip()[:1]
            if (
                (i and tokens[i - 1].word == "as")
                or after in (":", "")
                or (i + 1 < len(tokens) and tokens[i + 1].word == "up")
            ):
                continue  # "as follows:", "followed up": no order of two acts
            passive = i + 1 < len(tokens) and tokens[i + 1].word == "by"
            left = text[: token.start].strip(" ,")
            right = _up_to_by(text[tokens[i + 1 + passive].start :]) if i + 1 + passive < len(tokens) else ""
            first_left = (word in PRECEDING_VERBS) != passive
        elif word in BEFORE or word in AFTER:
            if i == 0:  # "Before the summit, X": the clause up to the comma, then the rest
                comma = text.find(",", token.end)
                if comma < 0:
                    continue
                right, left = text[token.end : comma], text[comma + 1 :]
            else:
                gap = claim.interval  # "about four months before": the interval is neither act's
                end = tokens[min(gap.tokens)].start if gap is not None and max(gap.tokens) + 1 == i else token.start
                left, right = text[:end], text[token.end :]
            first_left = word in BEFORE
        else:
            continue
        left, right = left.strip(" ,."), right.strip(" ,.")
        if len(left.split()) < 2 or len(right.split()) < 2:
            continue  # ("Shortly after, the meeting preceded ...": the next cue may be the one)
        left, right = _unplaced(left), _unplaced(right)
        return (left, right) if first_left else (right, left)
    return None


def own_act_dated_by_the_other(claim: Reading) -> set[int] | None:
    """The token indexes of the claim's own act, when every date it gives dates the act
    it sets its own before or after ("X before the June 2024 Almaty meeting", "over
    before autumn 2022 began"): a record of that date tells that act, and bears the
    claim out only if it tells the claim's own too. None when the claim is not so."""
    if not claim.dates:
        return None
    tokens = claim.tokens
    for i, token in enumerate(tokens):
        if token.word not in BEFORE and token.word not in AFTER:
            continue
        if claim.text[token.end : token.end + 1] != " ":
            return None  # "The year before, ...": no act named after it
        if i == 0:
            comma = claim.text.find(",", token.end)
            other = claim.text[token.end : comma] if comma > 0 else ""
            own = {k for k, t in enumerate(tokens) if t.start > comma} if comma > 0 else set()
        else:
            other = claim.text[token.end :]
            own = set(range(i))
        return own if other and all(d.text in other for d in claim.dates) else None
    return None


def _unplaced(act: str) -> str:
    """An act without the verb that only places it in time ("The Minsk meeting ... came")."""
    head, _, last = act.rpartition(" ")
    return head if head and lexicon.lemma(last.lower()) in PLACING_VERBS else act


def _up_to_by(text: str) -> str:
    """The act after a verb of order, without how long before or after ("by about two years")."""
    at = text.find(" by ")
    return text[:at] if at > 0 else text


def _subject(claim: Reading) -> str:
    """The words that open a sentence as its subject: a pronoun, or a name."""
    tokens = claim.tokens
    if tokens and tokens[0].word in SUBJECT_PRONOUNS:
        return tokens[0].raw
    first = next((m for m in claim.mentions if m.start in (0, 1) and m.entity.type == "person"), None)
    return claim.text[: tokens[first.end - 1].end] if first is not None else ""


def _split(pattern: re.Pattern[str], text: str) -> list[str]:
    guarded = QUOTED.sub(lambda m: m.group().replace(";", "\u037e").replace(",", "\u201a"), text)
    pieces = [p.strip(" ,;") for p in pattern.split(guarded)]
    return [p.replace("\u037e", ";").replace("\u201a", ",") for p in pieces if p]


def relative(claim: Reading) -> list[str]:
    """ "Kirill Babaev, who heads the Institute, reviewed ..." -> the claim without
    the clause, and the clause said of the name it follows; [] when there is none."""
    text = claim.text
    match = _RELATIVE.search(QUOTED.sub(lambda m: "_" * len(m.group()), text))
    if match is None:
        return []
    named = next((m for m in claim.mentions if m.start >= 0 and claim.tokens[m.end - 1].end == match.start()), None)
    if named is None:
        return []
    antecedent = text[claim.tokens[named.start].start : claim.tokens[named.end - 1].end]
    rest = text[match.end() :]
    main = (text[: match.start()] + ("" if rest[:1] in ".!?" else " ") + rest).strip()
    if not main.endswith((".", "!", "?")):
        main = main.rstrip(" ,") + "."
    return [main, f"{antecedent} {match.group(1).strip()}."]


def appositive(claim: Reading) -> list[str]:
    """ "Kirill Babaev, director of the Institute ..., reviewed ..." -> the claim without
    the appositive, and the appositive said of the person it follows ("Kirill Babaev is
    director of the Institute ..."); [] when no person's title follows a name."""
    from cstofacts import lexicon

    text = claim.text
    match = _APPOSITIVE.search(QUOTED.sub(lambda m: "_" * len(m.group()), text))
    if match is None or "noun.person" not in lexicon.classes(lexicon.lemma(match.group(2).lower())):
        return []
    named = next(
        (
            m
            for m in claim.mentions
            if m.start >= 0 and m.entity.type == "person" and claim.tokens[m.end - 1].end == match.start()
        ),
        None,
    )
    if named is None:
        return []
    antecedent = text[claim.tokens[named.start].start : claim.tokens[named.end - 1].end]
    # "According to Kirill Babaev, director of ..., the CSTO ...": the phrase the name
    # closes keeps its comma; "Kirill Babaev, director of ..., reviewed" needs none
    inside_a_phrase = named.start > 0 and claim.tokens[named.start - 1].word in PREPOSITIONS
    main = text[: match.start()] + (", " if inside_a_phrase else " ") + text[match.end() :]
    return [main.strip(), f"{antecedent} is {match.group(1).strip()}."]


def coordinated(claim: Reading) -> list[str]:
    """ "Rock-2023, Search-2023 and Barrier-2023 were held in Belarus": one claim
    about each thing of a run joined by commas and "and"; none unless two or more."""
    spans = sorted({(m.start, m.end) for m in claim.mentions if m.start >= 0 and m.entity.type in _DISTRIBUTIVE})
    runs: list[list[tuple[int, int]]] = []
    for span in spans:
        if runs:
            last = runs[-1][-1]
            between = claim.text[claim.tokens[last[1] - 1].end : claim.tokens[span[0]].start].strip(" ,")
            if last[1] <= span[0] and between in ("", "and", ", and"):
                runs[-1].append(span)
                continue
        runs.append([span])
    run = next((r for r in runs if len(r) >= 2), None)
    if run is None:
        return []
    text = claim.text
    head = text[: claim.tokens[run[0][0]].start]
    tail = text[claim.tokens[run[-1][1] - 1].end :]
    return [head + text[claim.tokens[a].start : claim.tokens[b - 1].end] + tail for a, b in run]


def about_the_names_before(parts: list[Reading]) -> list[Reading]:
    """Each clause with no name of its own takes the names of the one before it
    ("the CSTO has proved effective, though new tasks await it")."""
    found: list[Reading] = []
    for part in parts:
        before = found[-1].entities if found else []
        if not part.entities and before:
            part = copy.copy(part)  # the cached reading of the clause stays as read
            part.__dict__.pop("entities", None)
            part.__dict__.pop("subjects", None)
            part.mentions = [*part.mentions, *(Mention(e, -1, -1, "partial") for e in before)]
        found.append(part)
    return found
